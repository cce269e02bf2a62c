# cmake -DVERSION=x.y.z -DCHANGELOG=packaging/debian/changelog -DMETAINFO=….metainfo.xml -P …
# A release is written down in three places; they must agree with the project's version.
file(STRINGS "${CHANGELOG}" top LIMIT_COUNT 1)
if(NOT top MATCHES "^admissions-desk \\(${VERSION}-[0-9]+\\) ")
    message(FATAL_ERROR "${CHANGELOG}: the first entry is '${top}', not version ${VERSION}-N: "
                        "add an entry for the release")
endif()
file(READ "${METAINFO}" metainfo)
if(NOT metainfo MATCHES "<releases>[ \n]*<release version=\"([^\"]+)\"")
    message(FATAL_ERROR "${METAINFO}: no <release> entry")
endif()
if(NOT CMAKE_MATCH_1 STREQUAL VERSION)
    message(FATAL_ERROR "${METAINFO}: the newest release is ${CMAKE_MATCH_1}, not ${VERSION}: "
                        "add a <release> entry in packaging/linux/")
endif()
message(STATUS "changelog and metainfo describe version ${VERSION}")
