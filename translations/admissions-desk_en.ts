<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AuditCommands</name>
    <message numerus="yes">
        <source>… and %n more problem(s)</source>
        <translation>
            <numerusform>… and %n more problem</numerusform>
            <numerusform>… and %n more problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The audit trail of %1 does not hold (%n problem(s)).</source>
        <translation>
            <numerusform>The audit trail of %1 does not hold (%n problem).</numerusform>
            <numerusform>The audit trail of %1 does not hold (%n problems).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n audit records written to %1, readable by you alone.</source>
        <translation>
            <numerusform>%n audit record written to %1, readable by you alone.</numerusform>
            <numerusform>%n audit records written to %1, readable by you alone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message numerus="yes">
        <source>%1
%n backup(s) in %2.</source>
        <translation>
            <numerusform>%1
%n backup in %2.</numerusform>
            <numerusform>%1
%n backups in %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatabaseCheck</name>
    <message numerus="yes">
        <source>… and %n more like this</source>
        <translation>
            <numerusform>… and %n more like this</numerusform>
            <numerusform>… and %n more like this</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message numerus="yes">
        <source>%n statuses</source>
        <translation>
            <numerusform>%n status</numerusform>
            <numerusform>%n statuses</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OfferText</name>
    <message numerus="yes">
        <source>held until %1, %n day(s) left</source>
        <translation>
            <numerusform>held until %1, %n day left</numerusform>
            <numerusform>held until %1, %n days left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PasswordFields</name>
    <message numerus="yes">
        <source>at least %n characters</source>
        <translation>
            <numerusform>at least %n character</numerusform>
            <numerusform>at least %n characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PasswordHash</name>
    <message numerus="yes">
        <source>A password needs at least %n characters.</source>
        <translation>
            <numerusform>A password needs at least %n character.</numerusform>
            <numerusform>A password needs at least %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A password may have at most %n characters.</source>
        <translation>
            <numerusform>A password may have at most %n character.</numerusform>
            <numerusform>A password may have at most %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrivacyActions</name>
    <message numerus="yes">
        <source>Backups made before keep the person until the backup rotation deletes them, at most %n day(s); restoring one of them erases the person again.</source>
        <translation>
            <numerusform>Backups made before keep the person until the backup rotation deletes them, at most %n day; restoring one of them erases the person again.</numerusform>
            <numerusform>Backups made before keep the person until the backup rotation deletes them, at most %n days; restoring one of them erases the person again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Erased %n person(s).</source>
        <translation>
            <numerusform>Erased %n person.</numerusform>
            <numerusform>Erased %n people.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrivacyCommands</name>
    <message numerus="yes">
        <source>Erased %n person(s): %1 activity texts and %2 values of the audit trail.</source>
        <translation>
            <numerusform>Erased %n person: %1 activity texts and %2 values of the audit trail.</numerusform>
            <numerusform>Erased %n people: %1 activity texts and %2 values of the audit trail.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A person who did not consent to keeping their data is kept %n day(s) after their last application closed.</source>
        <translation>
            <numerusform>A person who did not consent to keeping their data is kept %n day after their last application closed.</numerusform>
            <numerusform>A person who did not consent to keeping their data is kept %n days after their last application closed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>People who did not consent are now kept %n day(s) after their last application closed.</source>
        <translation>
            <numerusform>People who did not consent are now kept %n day after their last application closed.</numerusform>
            <numerusform>People who did not consent are now kept %n days after their last application closed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) due for erasure.</source>
        <translation>
            <numerusform>%n person due for erasure.</numerusform>
            <numerusform>%n people due for erasure.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportCommands</name>
    <message numerus="yes">
        <source>%n rows, a series for the chart: --table %1 prints them.</source>
        <translation>
            <numerusform>%n row, a series for the chart: --table %1 prints it.</numerusform>
            <numerusform>%n rows, a series for the chart: --table %1 prints them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message numerus="yes">
        <source>%n person(s) are due for erasure today; the %1 longest closed are shown:</source>
        <translation>
            <numerusform>%n person is due for erasure today; the %1 longest closed are shown:</numerusform>
            <numerusform>%n people are due for erasure today; the %1 longest closed are shown:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) are due for erasure today:</source>
        <translation>
            <numerusform>%n person is due for erasure today:</numerusform>
            <numerusform>%n people are due for erasure today:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Erase %n person(s) for good?</source>
        <translation>
            <numerusform>Erase %n person for good?</numerusform>
            <numerusform>Erase %n people for good?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message numerus="yes">
        <source>Too many failed sign-ins for %1: try again in %n second(s).</source>
        <translation>
            <numerusform>Too many failed sign-ins for %1: try again in %n second.</numerusform>
            <numerusform>Too many failed sign-ins for %1: try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message numerus="yes">
        <source>Too many failed sign-ins: try again in %n second(s).</source>
        <translation>
            <numerusform>Too many failed sign-ins: try again in %n second.</numerusform>
            <numerusform>Too many failed sign-ins: try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnlockForm</name>
    <message numerus="yes">
        <source>Too many failed attempts: try again in %n second(s).</source>
        <translation>
            <numerusform>Too many failed attempts: try again in %n second.</numerusform>
            <numerusform>Too many failed attempts: try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
</TS>
