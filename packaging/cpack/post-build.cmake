# CPACK_POST_BUILD_SCRIPTS (Linux packages): runs on each package once it is made. The archive
# generators list the files in the order the file system returns them, which differs from one
# machine to the next; GNU tar writes the .tar.gz again with the same entries sorted by name.
# (The DEB and RPM generators sort their files themselves.)
if(NOT CPACK_GENERATOR STREQUAL "TGZ" OR NOT DEFINED ENV{SOURCE_DATE_EPOCH})
    return()
endif()
foreach(archive IN LISTS CPACK_PACKAGE_FILES)
    set(unpacked "${CPACK_TOPLEVEL_DIRECTORY}/sorted")
    file(REMOVE_RECURSE "${unpacked}")
    file(MAKE_DIRECTORY "${unpacked}")
    # -p: the modes as they were, whatever the umask; cpack's archive has no entry for its
    # top folder, which gets the usual mode here.
    execute_process(COMMAND tar -xpzf "${archive}" -C "${unpacked}" COMMAND_ERROR_IS_FATAL ANY)
    file(GLOB top RELATIVE "${unpacked}" "${unpacked}/*")
    file(CHMOD "${unpacked}/${top}" PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE
        GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
    execute_process(
        COMMAND tar --sort=name --format=gnu --owner=root:0 --group=root:0
                --mtime=@$ENV{SOURCE_DATE_EPOCH} -cf - ${top}
        COMMAND gzip -9n
        WORKING_DIRECTORY "${unpacked}"
        OUTPUT_FILE "${archive}"
        COMMAND_ERROR_IS_FATAL ANY)
    file(REMOVE_RECURSE "${unpacked}")
endforeach()
