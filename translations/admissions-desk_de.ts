<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Activity</name>
    <message>
        <source>Call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Interview</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>ApplicantCommands</name>
    <message>
        <source>First name (required).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last name (required).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Email address (required, unique).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phone number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Career track code, e.g. SWE (required).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cohort of that track.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Country.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time zone, e.g. Europe/Berlin.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How they heard of the bootcamp.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Register an applicant and their application.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Registers an applicant with an application to a career track, as the web form does, and prints the new applicant and application ids. An applicant with the same email, or the same phone number, is refused as a duplicate (--allow-same-phone allows a shared phone).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Allow a phone number another applicant has (family members often share one).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show an application, its applicant and its status history.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Prints the applicant, the application's fields and its status history, oldest first. APPLICATION is the application's id.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>applicant add needs --%1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The applicant is not valid: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Applicant: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Application: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>APPLICATION must be an application id (a whole number), not '%1'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no application %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Bewerber:in</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Track</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Kohorte</translation>
    </message>
    <message>
        <source>%1 (starts %2, %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Applied</source>
        <translation>Beworben</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Qualifiziert</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Offer expires</source>
        <translation>Angebot läuft ab</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Decision reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Application %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reason: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cause: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>desk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>At</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason and cause</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ApplicantPanel</name>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;Vorname</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>&amp;Nachname</translation>
    </message>
    <message>
        <source>E&amp;mail</source>
        <translation>E-&amp;Mail</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <source>C&amp;ountry</source>
        <translation>&amp;Land</translation>
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation>&amp;Zeitzone</translation>
    </message>
    <message>
        <source>e.g. Europe/Berlin</source>
        <translation>z. B. Europe/Berlin</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <source>GitHub</source>
        <translation>GitHub</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>Portfolio</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>&amp;Quelle</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <source>Agrees that we keep their data</source>
        <translation>Ist einverstanden, dass wir die Daten aufbewahren</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>No&amp;tizen</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>A&amp;ctivities</source>
        <translation>A&amp;ktivitäten</translation>
    </message>
    <message>
        <source>Kind of activity</source>
        <translation>Art der Aktivität</translation>
    </message>
    <message>
        <source>Interview rubric score</source>
        <translation>Interview-Bewertung</translation>
    </message>
    <message>
        <source>Interview rubric score, 0 to 100</source>
        <translation>Interview-Bewertung, 0 bis 100</translation>
    </message>
    <message>
        <source>no score</source>
        <translation>keine Bewertung</translation>
    </message>
    <message>
        <source>What happened?</source>
        <translation>Was ist passiert?</translation>
    </message>
    <message>
        <source>Activity summary</source>
        <translation>Zusammenfassung der Aktivität</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>The changes to %1 are not saved yet.</source>
        <translation>Die Änderungen an %1 sind noch nicht gespeichert.</translation>
    </message>
    <message>
        <source>Application %1: %2</source>
        <translation>Bewerbung %1: %2</translation>
    </message>
    <message>
        <source>applied %1</source>
        <translation>beworben am %1</translation>
    </message>
    <message>
        <source>offer expires %1</source>
        <translation>Angebot läuft ab am %1</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No application selected&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Keine Bewerbung ausgewählt&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>the desk</source>
        <translation>das System</translation>
    </message>
    <message>
        <source> (score %1)</source>
        <translation> (Bewertung %1)</translation>
    </message>
    <message>
        <source>Activity not added</source>
        <translation>Aktivität nicht hinzugefügt</translation>
    </message>
    <message>
        <source>applicant %1 (%2, %3)</source>
        <translation>Bewerber:in %1 (%2, %3)</translation>
    </message>
    <message>
        <source>Same email or phone as %1.</source>
        <translation>Gleiche E-Mail oder Telefonnummer wie %1.</translation>
    </message>
    <message>
        <source>Nothing can be changed while the file is being checked.</source>
        <translation>Solange die Datei geprüft wird, lässt sich nichts ändern.</translation>
    </message>
    <message>
        <source>Write an email</source>
        <translation>E-Mail schreiben</translation>
    </message>
    <message>
        <source>Open in the browser</source>
        <translation>Im Browser öffnen</translation>
    </message>
</context>
<context>
    <name>ApplicantService</name>
    <message>
        <source>First name is required.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last name is required.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Email is required.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not an email address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a phone number (6 to 15 digits, may start with +).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a known time zone (use a name such as Europe/Berlin).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a web address (http:// or https://).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A possible duplicate: applicant %1 (%2, %3) has the same %4. Add a new application to that applicant instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>phone number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no applicant %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Applicant %1 (%2) already has the email %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>summary: say what happened.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>rubric_score: only an interview has a rubric score.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>rubric_score: %1 is not a score from 0 to 100.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>track: the career track is required.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>track: there is no career track "%1".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>track: the career track "%1" takes no applications.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cohort: there is no cohort "%1".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cohort: cohort "%1" belongs to another track than %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>applied_at: the application date %1 is in the future.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ApplicationCounts</name>
    <message>
        <source>The database holds an unknown status "%1"</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ApplicationService</name>
    <message>
        <source>There is no active staff user %1 to own applications.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no cohort %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no application %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cohort %1 belongs to another track.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Application %1 is %2 and keeps its place in its cohort's queue; move it through a deferral.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ApplicationTableModel</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Kohorte</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Beworben</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Letzte Änderung</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>first name, last name</comment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>CatalogService</name>
    <message>
        <source>"%1" is not a track code: 1 to 16 letters, digits, - or _.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The track needs a name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The cohort needs a name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The start (orientation) date is required (YYYY-MM-DD).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The end date is required (YYYY-MM-DD).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The cohort ends (%1) before it starts (%2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The capacity cannot be negative.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An offer is held for at least one day.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The refund window cannot be negative.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a cohort state (%2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Day %1: %2 % is not a refund from day 0 on of 0 to 100 %.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Day %1 appears twice.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The refund rises from %1 % to %2 % on day %3; it may only fall as the program goes on.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>track</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>code: there is already a track %1 (%2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cohort</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>track: there is no track %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>name: there is already a cohort named %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no cohort %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>seats added to cohort %1 (capacity %2 to %3)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CohortCommands</name>
    <message>
        <source>List cohorts with seats taken, pending offers and waitlist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Prints every cohort by track and start date: its state, seats taken of its capacity (offered, accepted, enrolled, active and refund requested), offers pending and the length of its waitlist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a career track.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Adds the career track CODE (1 to 16 letters, digits, - or _; unique, whatever the case) named NAME.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a cohort of a track.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Adds the cohort NAME (unique) of a career track, with its start (orientation) and end dates and its seats. Refunds are full for 14 days from the start.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Career track code (required).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start date, YYYY-MM-DD (required).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>End date, YYYY-MM-DD (required).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Seats (required).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Days an offer holds a seat (default 7).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>draft, open, full, started, completed or cancelled (default open).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change a cohort's number of seats.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sets the seats of cohort NAME. Seats added go to the waitlist at once, first come first served; the offers made are printed. Fewer seats take no offer back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Track %1 added.
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cohort add needs --%1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--%1 must be a whole number of at least 0 and --%2 of at least 1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>track: there is no career track "%1".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cohort %1 added: %2 seats from %3.
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SEATS must be a whole number of at least 0, not '%1'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no cohort named %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Track</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Kohorte</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Plätze</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waitlist</source>
        <translation>Warteliste</translation>
    </message>
</context>
<context>
    <name>CohortDialog</name>
    <message>
        <source>Edit Cohort</source>
        <translation>Kohorte bearbeiten</translation>
    </message>
    <message>
        <source>New Cohort</source>
        <translation>Neue Kohorte</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>From day</source>
        <translation>Ab Tag</translation>
    </message>
    <message>
        <source>Refund %</source>
        <translation>Erstattung %</translation>
    </message>
    <message>
        <source>Add a step</source>
        <translation>Stufe hinzufügen</translation>
    </message>
    <message>
        <source>Remove the step</source>
        <translation>Stufe entfernen</translation>
    </message>
    <message>
        <source>Career &amp;track</source>
        <translation>&amp;Programm</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Starts (orientation)</source>
        <translation>&amp;Beginn (Orientierung)</translation>
    </message>
    <message>
        <source>&amp;Ends</source>
        <translation>&amp;Ende</translation>
    </message>
    <message>
        <source>S&amp;eats</source>
        <translation>&amp;Plätze</translation>
    </message>
    <message>
        <source>Offer &amp;holds a seat for (days)</source>
        <translation>Angebot &amp;hält einen Platz (Tage)</translation>
    </message>
    <message>
        <source>&amp;Money back within (days)</source>
        <translation>&amp;Geld zurück innerhalb (Tage)</translation>
    </message>
    <message>
        <source>St&amp;ate</source>
        <translation>&amp;Zustand</translation>
    </message>
    <message>
        <source>Refund after the money-back window, from a day of the program on:</source>
        <translation>Erstattung nach der Geld-zurück-Frist, ab einem Tag des Programms:</translation>
    </message>
</context>
<context>
    <name>CohortsPage</name>
    <message>
        <source>Track</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Kohorte</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Plätze</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Frei</translation>
    </message>
    <message>
        <source>Offers pending</source>
        <translation>Offene Angebote</translation>
    </message>
    <message>
        <source>Waitlist</source>
        <translation>Warteliste</translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation>Kohorten</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Bewerbung</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Offer expires</source>
        <translation>Angebot läuft ab</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Platz</translation>
    </message>
    <message>
        <source>Why this place</source>
        <translation>Warum dieser Platz</translation>
    </message>
    <message>
        <source>Waitlist, first come first served</source>
        <translation>Warteliste, in der Reihenfolge des Eingangs</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>qualified %1, applied %2</source>
        <translation>qualifiziert %1, beworben %2</translation>
    </message>
    <message>
        <source>&amp;New Cohort…</source>
        <translation>&amp;Neue Kohorte…</translation>
    </message>
    <message>
        <source>&amp;Edit Cohort…</source>
        <translation>Kohorte &amp;bearbeiten…</translation>
    </message>
    <message>
        <source> — seats offered to the waitlist: %L1</source>
        <translation> — Plätze an die Warteliste angeboten: %L1</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>The database file (default: %1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The staff user acting (default: your login name, made an administrator on first use).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show help and exit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No command given.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' needs a command: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown command '%1'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' needs %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' does not take the argument '%2'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--db needs a file name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage: %1 [--db PATH] [--as USERNAME] COMMAND [ARGUMENTS] [OPTIONS]

The command-line twin of Admissions Desk, for scripts and reporting jobs.

Commands:
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Global options:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run '%1 COMMAND --help' for the options of a command.
Exit status: 0 done, 1 the work failed, 2 wrong usage.
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <source>Try '%1 --help' for more information.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it is not an Admissions Desk database (not an SQLite file). The file was left unchanged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the SQLite driver could not open it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file is damaged or is not an SQLite database. The file was left unchanged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file is damaged. The file was left unchanged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it is an SQLite database of another program, not an Admissions Desk database. The file was left unchanged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it was written by a newer Admissions Desk (schema version %1); this program knows schema versions up to %2. Install a newer Admissions Desk to open it. The file was left unchanged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the SQLite driver could not open it (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot use %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot configure the connection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot switch it to write-ahead logging (is the folder read-only?)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot start the schema upgrade</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the schema file %1 is missing from the program</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>upgrading to schema version %1 failed; nothing was changed</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DatabaseCheck</name>
    <message>
        <source>The integrity check could not run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 row %2 refers to a %3 row that does not exist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cohort %1 has %2 seats taken but only %3 seats</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cohort %1 has %2 of %3 seats taken and %4 applications waiting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Application %1 (%2) has no status history</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Application %1 is %2 but its last status event says %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Application %1: status event %2 starts from %3, but the event before it ended at %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Application %1 was qualified (%3) before it was made (%2)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DatabaseCommands</name>
    <message>
        <source>Create or upgrade the database; print its path and schema version.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Creates the database file (readable only by you) or upgrades it to the newest schema, then prints its path and schema version.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fill a new database with realistic demo data.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fills a new database with demo data: tracks, cohorts in every state, staff, mentors and N applicants whose applications cover every status, with their history. The same N and seed give the same data on the same day. Progress goes to stderr, the summary to stdout. A database that already has applicants is refused.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How many applicants to make (1 to %L1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The random seed (default 1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check the file and the admissions rules; exit 1 on problems.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Runs SQLite's integrity and foreign key checks and checks the admissions rules: seats taken within capacity, no waitlist next to a free seat, a status history that ends at each application's status, and no qualification before its application. Prints every problem and exits with status 1 when there is one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>seed-demo needs --applicants N.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--applicants needs a whole number from 1 to %L1, not '%2'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--seed needs a whole number from 0 to %1, not '%2'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Seeding demo data: %1% (%2 of %3 applications)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Demo data written to %1 (seed %2):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tracks</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation>Kohorten</translation>
    </message>
    <message>
        <source>Staff users</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mentors</source>
        <translation>Mentor:innen</translation>
    </message>
    <message>
        <source>Applicants</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Applications</source>
        <translation>Bewerbungen</translation>
    </message>
    <message>
        <source>Status events</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mentor assignments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Activities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No problems found in %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has problems (%2 listed).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DemoDataGenerator</name>
    <message>
        <source>The number of applicants must be between 1 and %L1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot start writing the demo data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database already has applicants, cohorts or mentors; demo data goes only into a new database. Nothing was changed.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search name, email or phone (Ctrl+F)</source>
        <translation>Name, E-Mail oder Telefon suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Search applicants</source>
        <translation>Bewerber:innen suchen</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Nach Status filtern</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Filter by track</source>
        <translation>Nach Programm filtern</translation>
    </message>
    <message>
        <source>All tracks</source>
        <translation>Alle Programme</translation>
    </message>
    <message>
        <source>Filter by cohort</source>
        <translation>Nach Kohorte filtern</translation>
    </message>
    <message>
        <source>All cohorts</source>
        <translation>Alle Kohorten</translation>
    </message>
    <message>
        <source>Filter by owner</source>
        <translation>Nach Zuständigkeit filtern</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Alle Zuständigen</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Beworben</translation>
    </message>
    <message>
        <source>Applied from</source>
        <translation>Beworben ab</translation>
    </message>
    <message>
        <source>Applied until</source>
        <translation>Beworben bis</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Choose a track to choose one of its cohorts</source>
        <translation>Wählen Sie ein Programm, um eine seiner Kohorten zu wählen</translation>
    </message>
    <message>
        <source>Type at least %1 characters</source>
        <translation>Mindestens %1 Zeichen eingeben</translation>
    </message>
    <message numerus="yes">
        <source>%n statuses</source>
        <translation><numerusform>%n Status</numerusform><numerusform>%n Status</numerusform></translation>
    </message>
</context>
<context>
    <name>LocalStaff</name>
    <message>
        <source>Cannot tell which staff user is acting: the login name is unknown. Name one with --as USERNAME.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The staff user %1 is deactivated.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no staff user named %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Applications</source>
        <translation>&amp;Bewerbungen</translation>
    </message>
    <message>
        <source>&amp;Cohorts</source>
        <translation>&amp;Kohorten</translation>
    </message>
    <message>
        <source>M&amp;entors</source>
        <translation>M&amp;entor:innen</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Bewerber:in</translation>
    </message>
    <message>
        <source>The applications could not be read.</source>
        <translation>Die Bewerbungen konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The page could not be read.</source>
        <translation>Die Seite konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Save View</source>
        <translation>Ansicht speichern</translation>
    </message>
    <message>
        <source>Name of this view (its filters and order):</source>
        <translation>Name dieser Ansicht (Filter und Sortierung):</translation>
    </message>
    <message>
        <source>View "%1" saved.</source>
        <translation>Ansicht „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>Neue Datenbank</translation>
    </message>
    <message>
        <source>Admissions Desk databases (*.sqlite)</source>
        <translation>Admissions-Desk-Datenbanken (*.sqlite)</translation>
    </message>
    <message>
        <source>%1 already exists. Open it with File → Open Database, or choose another name: a new database never replaces a file.</source>
        <translation>%1 gibt es schon. Öffnen Sie sie mit Datei → Datenbank öffnen, oder wählen Sie einen anderen Namen: Eine neue Datenbank ersetzt nie eine Datei.</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <source>Admissions Desk could not be started for %1.</source>
        <translation>Admissions Desk konnte für %1 nicht gestartet werden.</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Too many applications</source>
        <translation>Zu viele Bewerbungen</translation>
    </message>
    <message>
        <source>A status can be changed for at most %L1 applications at once. Narrow the list with the filters first.</source>
        <translation>Der Status lässt sich für höchstens %L1 Bewerbungen auf einmal ändern. Grenzen Sie die Liste zuerst mit den Filtern ein.</translation>
    </message>
    <message>
        <source>Why is application %1 %2?</source>
        <translation>Warum ist Bewerbung %1 jetzt „%2“?</translation>
    </message>
    <message>
        <source>Why are these %L1 applications %2?</source>
        <translation>Warum sind diese %L1 Bewerbungen jetzt „%2“?</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>%1 needs a reason; nothing was changed.</source>
        <translation>%1 braucht einen Grund; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>The status could not be changed.</source>
        <translation>Der Status konnte nicht geändert werden.</translation>
    </message>
    <message>
        <source>Moved to %1: %L2.</source>
        <translation>Nach %1 verschoben: %L2.</translation>
    </message>
    <message>
        <source>Seats offered to the waitlist, first come first served: %L1.</source>
        <translation>Plätze an die Warteliste angeboten, in der Reihenfolge des Eingangs: %L1.</translation>
    </message>
    <message>
        <source>Not moved to %1, and nothing changed for them: %L2 of %L3 applications.</source>
        <translation>Nicht nach %1 verschoben, für sie hat sich nichts geändert: %L2 von %L3 Bewerbungen.</translation>
    </message>
    <message>
        <source>Application %1: %2</source>
        <translation>Bewerbung %1: %2</translation>
    </message>
    <message>
        <source>Some applications were not changed</source>
        <translation>Einige Bewerbungen wurden nicht geändert</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(niemand)</translation>
    </message>
    <message>
        <source>Assign Owner</source>
        <translation>Zuständigkeit zuweisen</translation>
    </message>
    <message>
        <source>Owner of the selected applications (%L1):</source>
        <translation>Zuständig für die ausgewählten Bewerbungen (%L1):</translation>
    </message>
    <message>
        <source>The owner could not be set.</source>
        <translation>Die Zuständigkeit konnte nicht gesetzt werden.</translation>
    </message>
    <message>
        <source>Owner %1 set: %L2.</source>
        <translation>Zuständigkeit %1 gesetzt: %L2.</translation>
    </message>
    <message>
        <source>Owner not set, and nothing changed for them: %L1 applications.</source>
        <translation>Zuständigkeit nicht gesetzt, für sie hat sich nichts geändert: %L1 Bewerbungen.</translation>
    </message>
    <message>
        <source>Move to Cohort</source>
        <translation>In Kohorte verschieben</translation>
    </message>
    <message>
        <source>Cohort of the selected applications (%L1):</source>
        <translation>Kohorte der ausgewählten Bewerbungen (%L1):</translation>
    </message>
    <message>
        <source>The cohort could not be changed.</source>
        <translation>Die Kohorte konnte nicht geändert werden.</translation>
    </message>
    <message>
        <source>Not moved to %1, and nothing changed for them: %L2 applications.</source>
        <translation>Nicht nach %1 verschoben, für sie hat sich nichts geändert: %L2 Bewerbungen.</translation>
    </message>
    <message>
        <source>Database error</source>
        <translation>Datenbankfehler</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>&amp;Neue Datenbank…</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>Datenbank ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Admissions Desk databases (*.sqlite *.db);;All files (*)</source>
        <translation>Admissions-Desk-Datenbanken (*.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>No recent databases</source>
        <translation>Keine zuletzt geöffneten Datenbanken</translation>
    </message>
    <message>
        <source>&amp;Save applicant</source>
        <translation>Bewerber:in &amp;speichern</translation>
    </message>
    <message>
        <source>The applicant was not saved.</source>
        <translation>Die Bewerber:in wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>&amp;Application</source>
        <translation>Be&amp;werbung</translation>
    </message>
    <message>
        <source>&amp;Move to</source>
        <translation>&amp;Verschieben nach</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>&amp;Zurückziehen…</translation>
    </message>
    <message>
        <source>Assign &amp;Owner…</source>
        <translation>&amp;Zuständigkeit zuweisen…</translation>
    </message>
    <message>
        <source>Move to &amp;Cohort…</source>
        <translation>In &amp;Kohorte verschieben…</translation>
    </message>
    <message>
        <source>Find a m&amp;entor…</source>
        <translation>M&amp;entor:in finden…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Save View…</source>
        <translation>Ansicht &amp;speichern…</translation>
    </message>
    <message>
        <source>Saved &amp;Views</source>
        <translation>Gespeicherte &amp;Ansichten</translation>
    </message>
    <message>
        <source>&amp;Delete Saved View</source>
        <translation>Gespeicherte Ansicht &amp;löschen</translation>
    </message>
    <message>
        <source>No saved views</source>
        <translation>Keine gespeicherten Ansichten</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Design</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Admissions Desk</source>
        <translation>Ü&amp;ber Admissions Desk</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Bewerbungen</translation>
    </message>
    <message>
        <source>The applications could not be counted.</source>
        <translation>Die Bewerbungen konnten nicht gezählt werden.</translation>
    </message>
    <message>
        <source>Showing %1 applications</source>
        <translation>%1 Bewerbungen angezeigt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Applications: %1</source>
        <translation>Bewerbungen: %1</translation>
    </message>
    <message>
        <source>Showing %1 of %2 applications</source>
        <translation>%1 von %2 Bewerbungen angezeigt</translation>
    </message>
    <message>
        <source>About Admissions Desk</source>
        <translation>Über Admissions Desk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Admissions Desk %1&lt;/h3&gt;&lt;p&gt;Applications, seats and mentors for the admissions team of a coding bootcamp.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Admissions Desk %1&lt;/h3&gt;&lt;p&gt;Bewerbungen, Plätze und Mentor:innen für das Zulassungsteam eines Coding-Bootcamps.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2, läuft mit Qt %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Application %1 registered.</source>
        <translation>Bewerbung %1 erfasst.</translation>
    </message>
    <message>
        <source>New &amp;Applicant…</source>
        <translation>Neue &amp;Bewerbung…</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Moving %L1 applications to %2…</source>
        <translation>%L1 Bewerbungen werden nach %2 verschoben…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>MentorService</name>
    <message>
        <source>Name is required.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not an email address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a known time zone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The maximum number of mentees cannot be negative.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Weekly slots cannot be negative.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A mentor mentors at least one track.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The mentor is not valid: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no application %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Application %1 is %2: only enrolled and active students get a mentor.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mentor %1 is not an active mentor of this application's track.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mentor %1 (%2) has no free capacity: %3 of %4 mentees.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MentorsPage</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor:in</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Tracks</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Weekly slots</source>
        <translation>Wöchentliche Termine</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Auslastung</translation>
    </message>
    <message>
        <source>Mentors</source>
        <translation>Mentor:innen</translation>
    </message>
    <message>
        <source>Student's application</source>
        <translation>Bewerbung der/des Studierenden</translation>
    </message>
    <message>
        <source>Application id of an enrolled student</source>
        <translation>Bewerbungsnummer einer/eines eingeschriebenen Studierenden</translation>
    </message>
    <message>
        <source>&amp;Suggest mentors</source>
        <translation>Mentor:innen &amp;vorschlagen</translation>
    </message>
    <message>
        <source>Time zone difference</source>
        <translation>Zeitunterschied</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Vorschläge</translation>
    </message>
    <message>
        <source>&amp;Assign the selected mentor</source>
        <translation>Ausgewählte Mentor:in &amp;zuweisen</translation>
    </message>
    <message>
        <source>Student:</source>
        <translation>Studierende:</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (inaktiv)</translation>
    </message>
    <message>
        <source>Type the application id of an enrolled student.</source>
        <translation>Geben Sie die Bewerbungsnummer einer/eines eingeschriebenen Studierenden ein.</translation>
    </message>
    <message>
        <source>No active mentor of this track has a free place.</source>
        <translation>Keine aktive Mentor:in dieses Programms hat einen freien Platz.</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <source>%1 is now the mentor of application %2.</source>
        <translation>%1 betreut jetzt Bewerbung %2.</translation>
    </message>
</context>
<context>
    <name>NewApplicationDialog</name>
    <message>
        <source>New Applicant</source>
        <translation>Neue Bewerbung</translation>
    </message>
    <message>
        <source>e.g. Europe/Berlin</source>
        <translation>z. B. Europe/Berlin</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;Vorname</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>&amp;Nachname</translation>
    </message>
    <message>
        <source>E&amp;mail</source>
        <translation>E-&amp;Mail</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <source>Career &amp;track</source>
        <translation>&amp;Programm</translation>
    </message>
    <message>
        <source>C&amp;ohort</source>
        <translation>K&amp;ohorte</translation>
    </message>
    <message>
        <source>C&amp;ountry</source>
        <translation>&amp;Land</translation>
    </message>
    <message>
        <source>T&amp;ime zone</source>
        <translation>&amp;Zeitzone</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>&amp;Quelle</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Erfassen</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Noch keine</translation>
    </message>
    <message>
        <source>There is no career track yet: add one first.</source>
        <translation>Es gibt noch kein Programm: Legen Sie zuerst eines an.</translation>
    </message>
</context>
<context>
    <name>SeatLedger</name>
    <message>
        <source>There is no cohort %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Seeder</name>
    <message>
        <source>Writing the demo data failed</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Applied</source>
        <translation>Beworben</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>Vorauswahl</translation>
    </message>
    <message>
        <source>Interview scheduled</source>
        <translation>Interview geplant</translation>
    </message>
    <message>
        <source>Interviewed</source>
        <translation>Interview geführt</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Qualifiziert</translation>
    </message>
    <message>
        <source>Not qualified</source>
        <translation>Nicht qualifiziert</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <source>Waitlisted</source>
        <translation>Warteliste</translation>
    </message>
    <message>
        <source>Offer expired</source>
        <translation>Angebot abgelaufen</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Eingeschrieben</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>Verschoben</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Zurückgezogen</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Refund requested</source>
        <translation>Erstattung beantragt</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Erstattet</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Graduated</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Job search</source>
        <translation>Jobsuche</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>Vermittelt</translation>
    </message>
    <message>
        <source>Not seeking</source>
        <translation>Sucht nicht</translation>
    </message>
</context>
<context>
    <name>StatusCommands</name>
    <message>
        <source>Move an application to another status.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Moves application APPLICATION (its id) to STATUS, one of: %1.
Only the moves of the lifecycle are allowed; not_qualified, declined, withdrawn, dropped and refunded need --reason. Prints every status event written, including the seats offered or the waitlisting that follow from the move.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why (required for exit statuses).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>APPLICATION must be an application id (a whole number), not '%1'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown status '%1'. The statuses are: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Application %1: %2 -&gt; %3, by %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>desk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>; reason: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>; cause: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StatusService</name>
    <message>
        <source>There is no application %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Moving application %1 to %2 needs a reason.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Application %1 has no cohort: choose one before it can be %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>seat free when application %1 joined the waitlist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>seat released by application %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>offer expired at %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cohort %1 has no free seat: application %2 cannot be offered one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Application %1 is first in line for cohort %2's next seat (first come, first served): application %3 cannot be offered it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>seat free when qualified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no seat free when qualified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled: no status was changed.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StatusTransitions</name>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>An application cannot move from %1 to %2 (from %1 it may move to: %3).</source>
        <translation>Eine Bewerbung kann nicht von %1 nach %2 wechseln (von %1 aus möglich: %3).</translation>
    </message>
</context>
</TS>
