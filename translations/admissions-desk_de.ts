<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AccessTokenList</name>
    <message>
        <source>Owner</source>
        <translation>Eigentümer:in</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role limit</source>
        <translation>Rollenbegrenzung</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Access tokens</source>
        <translation>Zugriffstokens</translation>
    </message>
    <message>
        <source>Re&amp;voke</source>
        <translation>&amp;Widerrufen</translation>
    </message>
    <message>
        <source>Scripts sign in with personal access tokens, made on the command line. A token is shown once, when it is made, and stored nowhere; a revoked token stops working at once.</source>
        <translation>Skripte melden sich mit persönlichen Zugriffstokens an, die auf der Kommandozeile angelegt werden. Ein Token wird nur einmal angezeigt, wenn es angelegt wird, und nirgends gespeichert; ein widerrufenes Token funktioniert sofort nicht mehr.</translation>
    </message>
    <message>
        <source>Owner&apos;s role</source>
        <translation>Rolle der Eigentümer:in</translation>
    </message>
    <message>
        <source>Revoked %1</source>
        <translation>Widerrufen am %1</translation>
    </message>
    <message>
        <source>Works</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <source>The token %1 of %2 is revoked.</source>
        <translation>Das Token %1 von %2 ist widerrufen.</translation>
    </message>
</context>
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
    <message>
        <source>Job-search check-in</source>
        <translation>Check-in zur Jobsuche</translation>
    </message>
    <message>
        <source>Mentor call</source>
        <translation>Mentoring-Gespräch</translation>
    </message>
</context>
<context>
    <name>ApplicantCommands</name>
    <message>
        <source>First name (required).</source>
        <translation>Vorname (Pflichtangabe).</translation>
    </message>
    <message>
        <source>Last name (required).</source>
        <translation>Nachname (Pflichtangabe).</translation>
    </message>
    <message>
        <source>Email address (required, unique).</source>
        <translation>E-Mail-Adresse (Pflichtangabe, eindeutig).</translation>
    </message>
    <message>
        <source>Phone number.</source>
        <translation>Telefonnummer.</translation>
    </message>
    <message>
        <source>Career track code, e.g. SWE (required).</source>
        <translation>Kürzel des Programms, z. B. SWE (Pflichtangabe).</translation>
    </message>
    <message>
        <source>Cohort of that track.</source>
        <translation>Kohorte dieses Programms.</translation>
    </message>
    <message>
        <source>Country.</source>
        <translation>Land.</translation>
    </message>
    <message>
        <source>Time zone, e.g. Europe/Berlin.</source>
        <translation>Zeitzone, z. B. Europe/Berlin.</translation>
    </message>
    <message>
        <source>How they heard of the bootcamp.</source>
        <translation>Wie die Person vom Bootcamp erfahren hat.</translation>
    </message>
    <message>
        <source>Register an applicant and their application.</source>
        <translation>Eine Bewerber:in mit Bewerbung erfassen.</translation>
    </message>
    <message>
        <source>Registers an applicant with an application to a career track, as the web form does, and prints the new applicant and application ids. An applicant with the same email, or the same phone number, is refused as a duplicate (--allow-same-phone allows a shared phone).</source>
        <translation>Erfasst eine Bewerber:in mit einer Bewerbung für ein Programm, wie es das Webformular tut, und gibt die neuen Nummern von Bewerber:in und Bewerbung aus. Eine Bewerber:in mit derselben E-Mail-Adresse oder Telefonnummer wird als Dublette abgelehnt (--allow-same-phone erlaubt eine geteilte Telefonnummer).</translation>
    </message>
    <message>
        <source>Allow a phone number another applicant has (family members often share one).</source>
        <translation>Eine Telefonnummer zulassen, die schon eine andere Bewerber:in hat (Familien teilen oft eine).</translation>
    </message>
    <message>
        <source>Show an application, its applicant and its status history.</source>
        <translation>Eine Bewerbung mit Bewerber:in und Statusverlauf anzeigen.</translation>
    </message>
    <message>
        <source>applicant add needs --%1.</source>
        <translation>applicant add braucht --%1.</translation>
    </message>
    <message>
        <source>The applicant is not valid: %1</source>
        <translation>Die Angaben zur Bewerber:in sind ungültig: %1</translation>
    </message>
    <message>
        <source>Applicant: %1</source>
        <translation>Bewerber:in: %1</translation>
    </message>
    <message>
        <source>Application: %1</source>
        <translation>Bewerbung: %1</translation>
    </message>
    <message>
        <source>APPLICATION must be an application id (a whole number), not &apos;%1&apos;.</source>
        <translation>APPLICATION muss die Nummer einer Bewerbung sein (eine ganze Zahl), nicht &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>There is no application %1.</source>
        <translation>Es gibt keine Bewerbung %1.</translation>
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
        <translation>Land</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
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
        <translation>%1 (Beginn %2, %3)</translation>
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
        <translation>Status geändert</translation>
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
        <translation>Zahlung</translation>
    </message>
    <message>
        <source>Decision reason</source>
        <translation>Entscheidungsgrund</translation>
    </message>
    <message>
        <source>Application %1</source>
        <translation>Bewerbung %1</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>reason: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <source>cause: %1</source>
        <translation>Anlass: %1</translation>
    </message>
    <message>
        <source>desk</source>
        <translation>System</translation>
    </message>
    <message>
        <source>At</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Reason and cause</source>
        <translation>Grund und Anlass</translation>
    </message>
    <message>
        <source>Export everything stored about an applicant, as JSON (administrators only).</source>
        <translation>Alles, was über eine Bewerber:in gespeichert ist, als JSON exportieren (nur Administrator:innen).</translation>
    </message>
    <message>
        <source>Writes every value stored about applicant APPLICANT (their id): their fields, each application with its status history and mentor assignments, and their activities, as JSON, for a subject access request. To -o FILE (readable by you alone) or standard output.</source>
        <translation>Schreibt jeden Wert, der über die Bewerber:in APPLICANT (ihre Nummer) gespeichert ist, als JSON: ihre Felder, jede Bewerbung mit Statusverlauf und Mentor:innen-Zuordnungen sowie ihre Aktivitäten, für ein Auskunftsersuchen. Nach -o FILE (nur für Sie lesbar) oder auf die Standardausgabe.</translation>
    </message>
    <message>
        <source>Write the JSON to FILE, readable by you alone.</source>
        <translation>Das JSON nach FILE schreiben, nur für Sie lesbar.</translation>
    </message>
    <message>
        <source>APPLICANT must be an applicant id (a whole number), not &apos;%1&apos;.</source>
        <translation>APPLICANT muss die Nummer einer Bewerber:in sein (eine ganze Zahl), nicht &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Everything stored about applicant %1 is in %2, readable by you alone.</source>
        <translation>Alles, was über Bewerber:in %1 gespeichert ist, steht in %2, nur für Sie lesbar.</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>%1, at a privacy request</source>
        <translation>%1, auf eine Datenschutzanfrage hin</translation>
    </message>
    <message>
        <source>Merge two applicants who are the same person.</source>
        <translation>Zwei Bewerber:innen zusammenführen, die dieselbe Person sind.</translation>
    </message>
    <message>
        <source>Merges applicant DUPLICATE into applicant SURVIVOR (their ids): the survivor keeps its own value of each field, or the duplicate&apos;s where its own is empty, and both notes one after the other; --from-duplicate and --from-survivor choose otherwise, field by field (%1). The duplicate&apos;s applications and activities move to the survivor, and the duplicate stays only as a record that names the survivor. --dry-run prints the plan, field by field, and changes nothing.</source>
        <translation>Führt Bewerber:in DUPLICATE in Bewerber:in SURVIVOR zusammen (ihre Nummern): der bleibende Eintrag behält in jedem Feld seinen eigenen Wert, oder den des Duplikats, wo sein eigener leer ist, und beide Notizen nacheinander; --from-duplicate und --from-survivor wählen es Feld für Feld anders (%1). Die Bewerbungen und Aktivitäten des Duplikats gehen an den bleibenden Eintrag, und vom Duplikat bleibt nur ein Eintrag, der auf ihn verweist. --dry-run gibt den Plan Feld für Feld aus und ändert nichts.</translation>
    </message>
    <message>
        <source>Take these fields from the duplicate (a list with commas, e.g. email,phone).</source>
        <translation>Diese Felder vom Duplikat übernehmen (eine Liste mit Kommas, z. B. email,phone).</translation>
    </message>
    <message>
        <source>Keep the survivor&apos;s value of these fields, even when it is empty (notes: the survivor&apos;s alone).</source>
        <translation>In diesen Feldern den Wert des bleibenden Eintrags behalten, auch wenn er leer ist (Notizen: nur die des bleibenden Eintrags).</translation>
    </message>
    <message>
        <source>Print what the merge would do, and change nothing.</source>
        <translation>Ausgeben, was das Zusammenführen täte, und nichts ändern.</translation>
    </message>
    <message>
        <source>%1 of 100</source>
        <translation>%1 von 100</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Gespräch</translation>
    </message>
    <message>
        <source>%1, %2 min, with %3 (interview %4)</source>
        <translation>%1, %2 Min., mit %3 (Gespräch %4)</translation>
    </message>
    <message>
        <source>%1 must be an applicant id (a whole number), not &apos;%2&apos;.</source>
        <translation>%1 muss die Nummer einer Bewerber:in sein (eine ganze Zahl), nicht &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a field of an applicant; the fields are: %3.</source>
        <translation>--%1: „%2“ ist kein Feld einer Bewerber:in; die Felder sind: %3.</translation>
    </message>
    <message>
        <source>%1 is both in --%2 and in --%3: choose one side.</source>
        <translation>%1 steht in --%2 und in --%3: wählen Sie eine Seite.</translation>
    </message>
    <message>
        <source>Merging %1 into %2 would keep:</source>
        <translation>Das Zusammenführen von %1 in %2 würde behalten:</translation>
    </message>
    <message>
        <source>both</source>
        <translation>beide</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>Duplikat</translation>
    </message>
    <message>
        <source>survivor</source>
        <translation>bleibend</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Survivor %1</source>
        <translation>Bleibend %1</translation>
    </message>
    <message>
        <source>Duplicate %1</source>
        <translation>Duplikat %1</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Merged %1 into %2:</source>
        <translation>%1 in %2 zusammengeführt:</translation>
    </message>
    <message>
        <source>Would move to the survivor: applications %L1, activities %L2. Nothing was changed.</source>
        <translation>Ginge an den bleibenden Eintrag: Bewerbungen %L1, Aktivitäten %L2. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>moved applications %L1, activities %L2.</source>
        <translation>übertragen: Bewerbungen %L1, Aktivitäten %L2.</translation>
    </message>
    <message>
        <source>Deposit waiver</source>
        <translation>Verzicht auf Anzahlung</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Erstattung</translation>
    </message>
    <message>
        <source>Job search</source>
        <translation>Jobsuche</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>Anspruch</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Vermittlung</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <source>Prints the applicant, the application&apos;s fields and its status history, oldest first. For a waitlisted application, its place: the position among those waiting in its cohort, and the applications ahead (up to %1 named) with their qualification, application and queue times and why each is ahead. APPLICATION is the application&apos;s id.</source>
        <translation>Gibt die Bewerber:in, die Felder der Bewerbung und ihren Statusverlauf aus, den ältesten Eintrag zuerst. Bei einer Bewerbung auf der Warteliste auch ihren Platz: die Position unter den Wartenden ihrer Kohorte und die Bewerbungen davor (bis zu %1 namentlich) mit Qualifizierungs-, Bewerbungs- und Einreihungszeit und dem Grund, warum jede davor steht. APPLICATION ist die Nummer der Bewerbung.</translation>
    </message>
    <message>
        <source>Queue time</source>
        <translation>Einreihungszeit</translation>
    </message>
    <message>
        <source>Deferred to</source>
        <translation>Verschoben auf</translation>
    </message>
    <message>
        <source>%1 (starts %2, %3; returns as qualified when it opens)</source>
        <translation>%1 (Beginn %2, %3; kehrt bei Öffnung als qualifiziert zurück)</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor:in</translation>
    </message>
    <message>
        <source>none: %1</source>
        <translation>keine: %1</translation>
    </message>
    <message>
        <source>Mentor calls</source>
        <translation>Mentoring-Gespräche</translation>
    </message>
    <message>
        <source>Waitlist: place %1 of %2 waiting for cohort %3</source>
        <translation>Warteliste: Platz %1 von %2 Wartenden für Kohorte %3</translation>
    </message>
    <message>
        <source>Queue time: %1</source>
        <translation>Einreihungszeit: %1</translation>
    </message>
    <message>
        <source>First in line: the next free seat is offered to this application.</source>
        <translation>An erster Stelle: Der nächste freie Platz wird dieser Bewerbung angeboten.</translation>
    </message>
    <message>
        <source>Ahead, in the order seats are offered:</source>
        <translation>Davor, in der Reihenfolge, in der Plätze angeboten werden:</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Bewerbung</translation>
    </message>
    <message>
        <source>Why ahead</source>
        <translation>Warum davor</translation>
    </message>
    <message>
        <source>… and %1 more ahead</source>
        <translation>… und %1 weitere davor</translation>
    </message>
</context>
<context>
    <name>ApplicantHistory</name>
    <message>
        <source>the desk</source>
        <translation>das System</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Application %1: %2</source>
        <translation>Bewerbung %1: %2</translation>
    </message>
    <message>
        <source>Applicant created</source>
        <translation>Bewerber:in angelegt</translation>
    </message>
    <message>
        <source>%1 changed: %2 → %3</source>
        <translation>%1 geändert: %2 → %3</translation>
    </message>
    <message>
        <source>%1 recorded: %2</source>
        <translation>%1 erfasst: %2</translation>
    </message>
    <message>
        <source>Everything stored about the applicant was exported</source>
        <translation>Alles, was über die Bewerber:in gespeichert ist, wurde exportiert</translation>
    </message>
    <message>
        <source>Application %1 created</source>
        <translation>Bewerbung %1 angelegt</translation>
    </message>
    <message>
        <source>Application %1: %2 %3 → %4</source>
        <translation>Bewerbung %1: %2 %3 → %4</translation>
    </message>
    <message>
        <source>Application %1: mentor %2</source>
        <translation>Bewerbung %1: Mentor:in %2</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
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
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
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
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>Referrer</source>
        <translation>Empfohlen von</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>Zuständigkeit</translation>
    </message>
    <message>
        <source>cohort</source>
        <translation>Kohorte</translation>
    </message>
    <message>
        <source>(erased)</source>
        <translation>(gelöscht)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>Personal data erased</source>
        <translation>Personenbezogene Daten gelöscht</translation>
    </message>
    <message>
        <source>Application %1: interview scheduled for %2</source>
        <translation>Bewerbung %1: Gespräch geplant für %2</translation>
    </message>
    <message>
        <source>Application %1: interview moved from %2 to %3</source>
        <translation>Bewerbung %1: Gespräch verschoben von %2 auf %3</translation>
    </message>
    <message>
        <source>Application %1: interview cancelled</source>
        <translation>Bewerbung %1: Gespräch abgesagt</translation>
    </message>
    <message>
        <source>Application %1: interview held</source>
        <translation>Bewerbung %1: Gespräch geführt</translation>
    </message>
    <message>
        <source>score</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Application %1: mentor %2 proposed</source>
        <translation>Bewerbung %1: Mentor:in %2 vorgeschlagen</translation>
    </message>
    <message>
        <source>Application %1: mentor %2 confirmed</source>
        <translation>Bewerbung %1: Mentor:in %2 bestätigt</translation>
    </message>
    <message>
        <source>Application %1: mentor %2 ended (%3)</source>
        <translation>Bewerbung %1: Mentor:in %2 beendet (%3)</translation>
    </message>
</context>
<context>
    <name>ApplicantMerge</name>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
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
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
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
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>Referrer</source>
        <translation>Empfohlen von</translation>
    </message>
    <message>
        <source>Consent to keep data</source>
        <translation>Einwilligung zur Speicherung</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>%1 (applicant %2)</source>
        <translation>%1 (Bewerber:in %2)</translation>
    </message>
    <message>
        <source>There is no applicant %1.</source>
        <translation>Es gibt keine Bewerber:in %1.</translation>
    </message>
    <message>
        <source>applicant %1</source>
        <translation>Bewerber:in %1</translation>
    </message>
    <message>
        <source>Applicant %1 was merged into %2 already: merge %2 instead.</source>
        <translation>Bewerber:in %1 wurde bereits in %2 zusammengeführt: führen Sie stattdessen %2 zusammen.</translation>
    </message>
    <message>
        <source>%1 was erased on %2 at a privacy request: an erased record is never merged.</source>
        <translation>%1 wurde am %2 auf Datenschutzanfrage gelöscht: ein gelöschter Eintrag wird nie zusammengeführt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field a merge chooses; the fields are: %2.</source>
        <translation>„%1“ ist kein Feld, das beim Zusammenführen gewählt wird; die Felder sind: %2.</translation>
    </message>
    <message>
        <source>%1: only the notes can keep both values.</source>
        <translation>%1: nur die Notizen können beide Werte behalten.</translation>
    </message>
    <message>
        <source>%1 cannot be merged into itself: choose two different applicants.</source>
        <translation>%1 kann nicht mit sich selbst zusammengeführt werden: wählen Sie zwei verschiedene Bewerber:innen.</translation>
    </message>
    <message>
        <source>%1 would not be valid after the merge: %2</source>
        <translation>%1 wäre nach dem Zusammenführen nicht gültig: %2</translation>
    </message>
</context>
<context>
    <name>ApplicantPanel</name>
    <message>
        <source>&amp;Details</source>
        <translation>Deta&amp;ils</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>Na&amp;chname</translation>
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
        <source>Consent</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <source>Agrees that we keep their data</source>
        <translation>Ist einverstanden, dass wir die Daten aufbewahren</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>N&amp;otizen</translation>
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
        <source>&lt;h3&gt;No application selected&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Keine Bewerbung ausgewählt&lt;/h3&gt;</translation>
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
    <message>
        <source>The history cannot be read: %1</source>
        <translation>Der Verlauf lässt sich nicht lesen: %1</translation>
    </message>
    <message>
        <source>Erased on %1 at a privacy request. Their applications keep their statuses, dates, track, cohort and source.</source>
        <translation>Am %1 auf eine Datenschutzanfrage hin gelöscht. Die Bewerbungen behalten Status, Datumsangaben, Programm, Kohorte und Quelle.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Fi&amp;rst name</source>
        <translation>&amp;Vorname</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>&amp;Log Activity</source>
        <translation>Aktivität &amp;eintragen</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Aktivitäten</translation>
    </message>
    <message>
        <source>Histor&amp;y</source>
        <translation>Verla&amp;uf</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Statusverlauf</translation>
    </message>
    <message>
        <source>Not saved yet: %1.</source>
        <translation>Noch nicht gespeichert: %1.</translation>
    </message>
    <message>
        <source>Saved at %1: %2.</source>
        <translation>Gespeichert um %1: %2.</translation>
    </message>
    <message>
        <source>Score (0–100)</source>
        <translation>Bewertung (0–100)</translation>
    </message>
    <message>
        <source>The application&apos;s assessment score, from 0 to 100</source>
        <translation>Die Bewertung der Bewerbung, von 0 bis 100</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Set Score</source>
        <translation>Bewertung setzen</translation>
    </message>
    <message>
        <source>Schedule Interview…</source>
        <translation>Gespräch planen…</translation>
    </message>
    <message>
        <source>Cancel Interview</source>
        <translation>Gespräch absagen</translation>
    </message>
    <message>
        <source>Rubric </source>
        <translation>Bewertungsbogen </translation>
    </message>
    <message>
        <source> of 100</source>
        <translation> von 100</translation>
    </message>
    <message>
        <source>Date (held on)</source>
        <translation>Datum (geführt am)</translation>
    </message>
    <message>
        <source>When it happened: today unless you change it</source>
        <translation>Wann es war: heute, wenn Sie es nicht ändern</translation>
    </message>
    <message>
        <source>Rubric: none (0–100)</source>
        <translation>Bewertungsbogen: keiner (0–100)</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Geführt am</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Score not set</source>
        <translation>Keine Bewertung</translation>
    </message>
    <message>
        <source>Interview %1 at %2 with %3: log it as held in Activities.</source>
        <translation>Gespräch %1 um %2 mit %3: in den Aktivitäten als geführt erfassen.</translation>
    </message>
    <message>
        <source>No interview scheduled.</source>
        <translation>Kein Gespräch geplant.</translation>
    </message>
    <message>
        <source>Move Interview…</source>
        <translation>Gespräch verschieben…</translation>
    </message>
    <message>
        <source>Cancel the interview of application %1 on %2?</source>
        <translation>Das Gespräch zu Bewerbung %1 am %2 absagen?</translation>
    </message>
    <message>
        <source>Interview not cancelled</source>
        <translation>Gespräch nicht abgesagt</translation>
    </message>
    <message>
        <source> (rubric %1 of 100)</source>
        <translation> (Bewertungsbogen %1 von 100)</translation>
    </message>
    <message>
        <source>Upcoming interview: %1 at %2 (%3 min) with %4</source>
        <translation>Anstehendes Gespräch: %1 um %2 (%3 Min.) mit %4</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Zahlungen</translation>
    </message>
    <message>
        <source>Refund requested. %1.</source>
        <translation>Erstattung beantragt. %1.</translation>
    </message>
    <message>
        <source>Log Check-in…</source>
        <translation>Check-in eintragen…</translation>
    </message>
    <message>
        <source>Job search: %1</source>
        <translation>Jobsuche: %1</translation>
    </message>
    <message>
        <source>Job guarantee: %1</source>
        <translation>Jobgarantie: %1</translation>
    </message>
    <message>
        <source>Placement: %1</source>
        <translation>Vermittlung: %1</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor:in</translation>
    </message>
    <message>
        <source>Waitlist</source>
        <translation>Warteliste</translation>
    </message>
    <message>
        <source>deferred to %1</source>
        <translation>verschoben auf %1</translation>
    </message>
</context>
<context>
    <name>ApplicantService</name>
    <message>
        <source>First name is required.</source>
        <translation>Der Vorname ist eine Pflichtangabe.</translation>
    </message>
    <message>
        <source>Last name is required.</source>
        <translation>Der Nachname ist eine Pflichtangabe.</translation>
    </message>
    <message>
        <source>Email is required.</source>
        <translation>Die E-Mail-Adresse ist eine Pflichtangabe.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address.</source>
        <translation>„%1“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number (6 to 15 digits, may start with +).</source>
        <translation>„%1“ ist keine Telefonnummer (6 bis 15 Ziffern, darf mit + beginnen).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known time zone (use a name such as Europe/Berlin).</source>
        <translation>„%1“ ist keine bekannte Zeitzone (einen Namen wie Europe/Berlin verwenden).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address (http:// or https://).</source>
        <translation>„%1“ ist keine Webadresse (http:// oder https://).</translation>
    </message>
    <message>
        <source>A possible duplicate: applicant %1 (%2, %3) has the same %4. Add a new application to that applicant instead.</source>
        <translation>Möglicherweise eine Dublette: Bewerber:in %1 (%2, %3) hat dieselbe %4. Bitte stattdessen dieser Person eine neue Bewerbung hinzufügen.</translation>
    </message>
    <message>
        <source>email</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>There is no applicant %1.</source>
        <translation>Es gibt keine Bewerber:in %1.</translation>
    </message>
    <message>
        <source>Applicant %1 (%2) already has the email %3.</source>
        <translation>Bewerber:in %1 (%2) hat bereits die E-Mail-Adresse %3.</translation>
    </message>
    <message>
        <source>summary: say what happened.</source>
        <translation>summary: Bitte angeben, was passiert ist.</translation>
    </message>
    <message>
        <source>rubric_score: only an interview has a rubric score.</source>
        <translation>rubric_score: Nur ein Interview hat eine Bewertung.</translation>
    </message>
    <message>
        <source>rubric_score: %1 is not a score from 0 to 100.</source>
        <translation>rubric_score: %1 ist keine Bewertung von 0 bis 100.</translation>
    </message>
    <message>
        <source>track: the career track is required.</source>
        <translation>track: Das Programm ist eine Pflichtangabe.</translation>
    </message>
    <message>
        <source>track: there is no career track &quot;%1&quot;.</source>
        <translation>track: Es gibt kein Programm „%1“.</translation>
    </message>
    <message>
        <source>track: the career track &quot;%1&quot; takes no applications.</source>
        <translation>track: Das Programm „%1“ nimmt keine Bewerbungen an.</translation>
    </message>
    <message>
        <source>cohort: there is no cohort &quot;%1&quot;.</source>
        <translation>cohort: Es gibt keine Kohorte „%1“.</translation>
    </message>
    <message>
        <source>cohort: cohort &quot;%1&quot; belongs to another track than %2.</source>
        <translation>cohort: Die Kohorte „%1“ gehört zu einem anderen Programm als %2.</translation>
    </message>
    <message>
        <source>applied_at: the application date %1 is in the future.</source>
        <translation>applied_at: Das Bewerbungsdatum %1 liegt in der Zukunft.</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
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
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
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
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>Referrer</source>
        <translation>Empfohlen von</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>The applicant is not valid: %1</source>
        <translation>Die Angaben zur Bewerber:in sind ungültig: %1</translation>
    </message>
    <message>
        <source>Applicant %1 was erased on %2 at a privacy request: nothing more is kept about them.</source>
        <translation>Bewerber:in %1 wurde am %2 auf eine Datenschutzanfrage hin gelöscht: Über diese Person wird nichts mehr gespeichert.</translation>
    </message>
    <message>
        <source>Applicant %1 was changed elsewhere since it was read (at %2). Nothing was saved: read them again.</source>
        <translation>Bewerber:in %1 wurde seit dem Lesen anderswo geändert (um %2). Nichts wurde gespeichert: Lesen Sie die Daten erneut.</translation>
    </message>
    <message>
        <source>Applicant %1 was merged into %2 (applicant %3): change applicant %3 instead.</source>
        <translation>Bewerber:in %1 wurde in %2 (Bewerber:in %3) zusammengeführt: ändern Sie stattdessen Bewerber:in %3.</translation>
    </message>
    <message>
        <source>at: the activity is dated %1, in the future; log it once it happened.</source>
        <translation>at: die Aktivität ist auf %1 datiert, in der Zukunft; erfassen Sie sie, wenn sie stattgefunden hat.</translation>
    </message>
    <message>
        <source>job_applications: only a job-search check-in counts job applications.</source>
        <translation>job_applications: Nur ein Check-in zur Jobsuche zählt Stellenbewerbungen.</translation>
    </message>
    <message>
        <source>job_applications: a job-search check-in says how many job applications were sent that week (0 or more).</source>
        <translation>job_applications: Ein Check-in zur Jobsuche gibt an, wie viele Stellenbewerbungen in dieser Woche verschickt wurden (0 oder mehr).</translation>
    </message>
    <message>
        <source>application: a job-search check-in belongs to the application in job search.</source>
        <translation>application: Ein Check-in zur Jobsuche gehört zu einer Bewerbung in der Jobsuche.</translation>
    </message>
</context>
<context>
    <name>ApplicationCounts</name>
    <message>
        <source>The database holds an unknown status &quot;%1&quot;</source>
        <translation>Die Datenbank enthält einen unbekannten Status „%1“</translation>
    </message>
</context>
<context>
    <name>ApplicationExport</name>
    <message>
        <source>Choose at least one column.</source>
        <translation>Bitte mindestens eine Spalte wählen.</translation>
    </message>
    <message>
        <source>Unknown columns: %1. The columns are: %2.</source>
        <translation>Unbekannte Spalten: %1. Die Spalten sind: %2.</translation>
    </message>
</context>
<context>
    <name>ApplicationImport</name>
    <message>
        <source>The file is empty: it has no header row.</source>
        <translation>Die Datei ist leer: Sie hat keine Kopfzeile.</translation>
    </message>
    <message>
        <source>the file is empty: it has no header row</source>
        <translation>die Datei ist leer: Sie hat keine Kopfzeile</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>Der Import wurde abgebrochen; nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>Rows read:</source>
        <translation>Gelesene Zeilen:</translation>
    </message>
    <message>
        <source>New applications:</source>
        <translation>Neue Bewerbungen:</translation>
    </message>
    <message>
        <source>New applicants:</source>
        <translation>Neue Bewerber:innen:</translation>
    </message>
    <message>
        <source>Applicants updated:</source>
        <translation>Aktualisierte Bewerber:innen:</translation>
    </message>
    <message>
        <source>Already in the database:</source>
        <translation>Bereits in der Datenbank:</translation>
    </message>
    <message>
        <source>Duplicates skipped:</source>
        <translation>Übersprungene Dubletten:</translation>
    </message>
    <message>
        <source>Bad rows:</source>
        <translation>Fehlerhafte Zeilen:</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>Entries since the last import:</source>
        <translation>Einträge seit dem letzten Import:</translation>
    </message>
    <message>
        <source>Older entries left out:</source>
        <translation>Ausgelassene ältere Einträge:</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could be day first or month first, and no date of the column tells which (none has a number over 12): say which order the file uses.</source>
        <translation>„%1“ kann mit dem Tag oder mit dem Monat beginnen, und kein Datum der Spalte zeigt, was gilt (keines hat eine Zahl über 12): Geben Sie an, welche Reihenfolge die Datei verwendet.</translation>
    </message>
</context>
<context>
    <name>ApplicationService</name>
    <message>
        <source>There is no active staff user %1 to own applications.</source>
        <translation>Es gibt keine aktive Mitarbeiter:in %1, die Bewerbungen betreuen kann.</translation>
    </message>
    <message>
        <source>There is no cohort %1.</source>
        <translation>Es gibt keine Kohorte %1.</translation>
    </message>
    <message>
        <source>There is no application %1.</source>
        <translation>Es gibt keine Bewerbung %1.</translation>
    </message>
    <message>
        <source>Cohort %1 belongs to another track.</source>
        <translation>Die Kohorte %1 gehört zu einem anderen Programm.</translation>
    </message>
    <message>
        <source>Application %1 is %2 and keeps its place in its cohort&apos;s queue; move it through a deferral.</source>
        <translation>Bewerbung %1 ist %2 und behält ihren Platz in der Reihe ihrer Kohorte; bitte über eine Zurückstellung verschieben.</translation>
    </message>
    <message>
        <source>score: %1 is not a score from %2 to %3.</source>
        <translation>score: %1 ist keine Bewertung von %2 bis %3.</translation>
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
    <message>
        <source>Refund today</source>
        <translation>Erstattung heute</translation>
    </message>
    <message>
        <source>no price set</source>
        <translation>kein Preis festgelegt</translation>
    </message>
    <message>
        <source>closed · %1% · %2</source>
        <translation>abgelaufen · %1 % · %2</translation>
    </message>
    <message>
        <source>last day · %1% · %2</source>
        <translation>letzter Tag · %1 % · %2</translation>
    </message>
    <message>
        <source>%1 days left · %2% · %3</source>
        <translation>noch %1 Tage · %2 % · %3</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
</context>
<context>
    <name>ApplicationsPage</name>
    <message>
        <source>The applications could not be read.</source>
        <translation>Die Bewerbungen konnten nicht gelesen werden.</translation>
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
        <source>The status could not be changed.</source>
        <translation>Der Status konnte nicht geändert werden.</translation>
    </message>
    <message>
        <source>Moving %L1 applications to %2…</source>
        <translation>%L1 Bewerbungen werden nach %2 verschoben…</translation>
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
        <source>&amp;Move to</source>
        <translation>&amp;Verschieben nach</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>&amp;Zurückziehen…</translation>
    </message>
    <message>
        <source>Assign &amp;Owner…</source>
        <translation>Zu&amp;ständigkeit zuweisen…</translation>
    </message>
    <message>
        <source>Move to &amp;Cohort…</source>
        <translation>In &amp;Kohorte verschieben…</translation>
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
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Applications: %1</source>
        <translation>Bewerbungen: %1</translation>
    </message>
    <message>
        <source>No application matches the search and the filters. Esc in the search box clears it.</source>
        <translation>Keine Bewerbung passt zur Suche und zu den Filtern. Esc im Suchfeld leert die Suche.</translation>
    </message>
    <message>
        <source>The desk&apos;s set-up could not be read.</source>
        <translation>Die Einrichtung des Desks konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Move %L1 Applications</source>
        <translation>%L1 Bewerbungen verschieben</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — starts %2, %3 of %4 seats free</source>
        <translation>%1 – beginnt %2, %3 von %4 Plätzen frei</translation>
    </message>
    <message>
        <source>%1 — started %2, %3 of %4 seats free</source>
        <translation>%1 – begann %2, %3 von %4 Plätzen frei</translation>
    </message>
    <message>
        <source>No cohort of this track takes offers now. Add one on the Cohorts page.</source>
        <translation>Keine Kohorte dieses Programms nimmt gerade Angebote an. Legen Sie auf der Seite Kohorten eine an.</translation>
    </message>
    <message>
        <source>Find a me&amp;ntor…</source>
        <translation>Mentor:in &amp;finden…</translation>
    </message>
    <message>
        <source>Listed: %1 applications</source>
        <translation>Gelistet: %1 Bewerbungen</translation>
    </message>
    <message>
        <source>Listed: %1 of %2 applications</source>
        <translation>Gelistet: %1 von %2 Bewerbungen</translation>
    </message>
    <message>
        <source>In the whole desk: %1</source>
        <translation>Im ganzen Desk: %1</translation>
    </message>
    <message>
        <source>%1 (%L2 of %L3)</source>
        <translation>%1 (%L2 von %L3)</translation>
    </message>
    <message>
        <source>At most %L1 applications can be moved at once</source>
        <translation>Höchstens %L1 Bewerbungen können auf einmal verschoben werden</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>&amp;Zurückziehen</translation>
    </message>
    <message>
        <source>The other %L1 selected applications cannot move there and stay as they are.</source>
        <translation>Die anderen %L1 ausgewählten Bewerbungen können nicht dorthin wechseln und bleiben, wie sie sind.</translation>
    </message>
    <message>
        <source>Move %L1 of the selected applications to %2?</source>
        <translation>%L1 der ausgewählten Bewerbungen nach %2 verschieben?</translation>
    </message>
    <message>
        <source>The list could not be read.</source>
        <translation>Die Liste konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Mer&amp;ge Applicants…</source>
        <translation>Bewerber:innen zusa&amp;mmenführen…</translation>
    </message>
    <message>
        <source>Merged %1 into %2. Moved: applications %L3, activities %L4.</source>
        <translation>%1 in %2 zusammengeführt. Übertragen: Bewerbungen %L3, Aktivitäten %L4.</translation>
    </message>
    <message>
        <source>Refund: %1.</source>
        <translation>Erstattung: %1.</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>Vermittelt</translation>
    </message>
    <message>
        <source>Placed needs the facts of each graduate&apos;s job: select one application at a time.</source>
        <translation>„Vermittelt“ braucht die Angaben zur Stelle jeder Absolvent:in: Wählen Sie jeweils nur eine Bewerbung aus.</translation>
    </message>
    <message>
        <source>A deferral names the later cohort of each application: select one application at a time.</source>
        <translation>Eine Zurückstellung nennt die spätere Kohorte jeder einzelnen Bewerbung: Wählen Sie jeweils nur eine Bewerbung aus.</translation>
    </message>
    <message>
        <source>Application %1 cannot be deferred: no later cohort of its track takes applications. Add one first (Cohorts).</source>
        <translation>Bewerbung %1 kann nicht zurückgestellt werden: Keine spätere Kohorte ihres Programms nimmt Bewerbungen an. Legen Sie zuerst eine an (Kohorten).</translation>
    </message>
    <message>
        <source>Why does application %1 defer, and to which cohort?</source>
        <translation>Warum wird Bewerbung %1 zurückgestellt, und in welche Kohorte?</translation>
    </message>
    <message>
        <source>The cohorts could not be read.</source>
        <translation>Die Kohorten konnten nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>AuditAnchor</name>
    <message>
        <source>this computer&apos;s settings</source>
        <translation>den Einstellungen dieses Computers</translation>
    </message>
    <message>
        <source>the backup %1</source>
        <translation>der Sicherung %1</translation>
    </message>
</context>
<context>
    <name>AuditChain</name>
    <message>
        <source>Cannot read the audit trail</source>
        <translation>Das Prüfprotokoll lässt sich nicht lesen</translation>
    </message>
    <message>
        <source>A status event from %1 to %2 is missing.</source>
        <translation>Einer der Statuseinträge %1 bis %2 fehlt.</translation>
    </message>
</context>
<context>
    <name>AuditCommands</name>
    <message>
        <source>Verify the audit trail; exit 1 when it does not hold.</source>
        <translation>Das Prüfprotokoll verifizieren; mit 1 beenden, wenn es nicht intakt ist.</translation>
    </message>
    <message>
        <source>Walks the audit trail from its first record: each record against its hash and the record before it, each personal value still kept against its record, every status event against the record that covers it, and the trail against the heads kept outside the file (this computer&apos;s settings and the newest backup), which a rewrite of the whole file cannot reach. Prints how many records and status events were checked and the head of the trail (its last record and hash). When the trail does not hold, prints the first problems, each with its audit record, and exits with status 1. Needs no sign-in, like check: it shows no personal value, and a sign-in would add a record to the trail it verifies.</source>
        <translation>Geht das Prüfprotokoll ab seinem ersten Eintrag durch und gleicht dabei ab: jeden Eintrag mit seinem Hashwert und dem Eintrag davor, jeden noch aufbewahrten personenbezogenen Wert mit seinem Eintrag, jeden Statuseintrag mit dem Eintrag, der ihn abdeckt, und das Protokoll mit den außerhalb der Datei aufbewahrten Ständen (in den Einstellungen dieses Computers und in der neuesten Sicherung), die ein Umschreiben der ganzen Datei nicht erreicht. Gibt aus, wie viele Einträge und Statuseinträge geprüft wurden, und den Stand des Protokolls (seinen letzten Eintrag und Hashwert). Ist das Protokoll nicht intakt, werden die ersten Probleme mit ihrem jeweiligen Protokolleintrag ausgegeben, und der Befehl endet mit Rückgabewert 1. Braucht wie check keine Anmeldung: Der Befehl zeigt keinen personenbezogenen Wert, und eine Anmeldung würde dem Protokoll, das er verifiziert, einen Eintrag hinzufügen.</translation>
    </message>
    <message>
        <source>Export the audit trail as CSV or JSON (administrators only).</source>
        <translation>Das Prüfprotokoll als CSV oder JSON exportieren (nur Administrator:innen).</translation>
    </message>
    <message>
        <source>Writes every record of the audit trail the filters select, oldest first: who (actor, actor_id), when (at, UTC), action, entity and entity_id, field, old_value, new_value, reason and note; a record of status changes names the status events it covers (export history lists them). A personal value erased with its person shows as %1 in CSV and as null in JSON, and the column erased names it. The trail holds personal data: only administrators may export it, the export is recorded in the trail itself, and -o FILE is readable by you alone. Without -o, the export goes to standard output. CSV is RFC 4180, UTF-8, with formulas guarded as export applications guards them; JSON is an array with one record a line.
The columns are: %2.</source>
        <translation>Schreibt jeden Eintrag des Prüfprotokolls, den die Filter auswählen, älteste zuerst: wer (actor, actor_id), wann (at, UTC), action, entity und entity_id, field, old_value, new_value, reason und note; ein Eintrag zu Statusänderungen nennt die Statuseinträge, die er abdeckt (export history listet sie auf). Ein personenbezogener Wert, der mit seiner Person gelöscht wurde, erscheint in CSV als %1 und in JSON als null, und die Spalte erased nennt ihn. Das Protokoll enthält personenbezogene Daten: Nur Administrator:innen dürfen es exportieren, der Export wird im Protokoll selbst vermerkt, und -o FILE ist nur für Sie lesbar. Ohne -o geht der Export auf die Standardausgabe. CSV ist RFC 4180, UTF-8, mit Formeln, die so entschärft sind wie bei export applications; JSON ist ein Array mit einem Eintrag pro Zeile.
Die Spalten sind: %2.</translation>
    </message>
    <message>
        <source>Only the records of this entity: its name, or its name and id (applicant:12, application:7, staff:2).</source>
        <translation>Nur die Einträge zu diesem Objekt: sein Name oder sein Name und seine Nummer (applicant:12, application:7, staff:2).</translation>
    </message>
    <message>
        <source>Only records made at or after this day (from its start, UTC) or time (ISO 8601; UTC unless an offset is given).</source>
        <translation>Nur Einträge ab diesem Tag (ab seinem Beginn, UTC) oder Zeitpunkt (ISO 8601; UTC, sofern kein Zeitversatz angegeben ist).</translation>
    </message>
    <message>
        <source>csv (default) or json.</source>
        <translation>csv (Vorgabe) oder json.</translation>
    </message>
    <message>
        <source>Write to FILE, readable by you alone (replaced only once the export is complete and recorded).</source>
        <translation>Nach FILE schreiben, nur für Sie lesbar (erst ersetzt, wenn der Export vollständig und im Protokoll vermerkt ist).</translation>
    </message>
    <message>
        <source>The audit trail could not be read: %1</source>
        <translation>Das Prüfprotokoll konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Audit trail of %1</source>
        <translation>Prüfprotokoll von %1</translation>
    </message>
    <message>
        <source>record %1, %2</source>
        <translation>Eintrag %1, %2</translation>
    </message>
    <message>
        <source>none (the trail is empty)</source>
        <translation>keiner (das Protokoll ist leer)</translation>
    </message>
    <message>
        <source>Records checked</source>
        <translation>Geprüfte Einträge</translation>
    </message>
    <message>
        <source>Status events checked</source>
        <translation>Geprüfte Statuseinträge</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>No head is known outside the file yet: a rewrite of the whole trail would not show.</source>
        <translation>Außerhalb der Datei ist noch kein Stand bekannt: Ein Umschreiben des ganzen Protokolls würde nicht auffallen.</translation>
    </message>
    <message>
        <source>Checked against %1 (record %2).</source>
        <translation>Abgeglichen mit %1 (Eintrag %2).</translation>
    </message>
    <message>
        <source>The audit trail holds.</source>
        <translation>Das Prüfprotokoll ist intakt.</translation>
    </message>
    <message>
        <source>record %1: %2</source>
        <translation>Eintrag %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s)</source>
        <translation>
            <numerusform>… und %n weiteres Problem</numerusform>
            <numerusform>… und %n weitere Probleme</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The audit trail of %1 does not hold (%n problem(s)).</source>
        <translation>
            <numerusform>Das Prüfprotokoll von %1 ist nicht intakt (%n Problem).</numerusform>
            <numerusform>Das Prüfprotokoll von %1 ist nicht intakt (%n Probleme).</numerusform>
        </translation>
    </message>
    <message>
        <source>--format must be csv or json, not &apos;%1&apos;.</source>
        <translation>--format muss csv oder json sein, nicht &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--entity: %1</source>
        <translation>--entity: %1</translation>
    </message>
    <message>
        <source>--since: &apos;%1&apos; is neither a date (YYYY-MM-DD) nor a date and time (YYYY-MM-DDTHH:MM:SS, UTC unless an offset is given).</source>
        <translation>--since: &apos;%1&apos; ist weder ein Datum (JJJJ-MM-TT) noch ein Datum mit Uhrzeit (JJJJ-MM-TTThh:mm:ss, UTC, sofern kein Zeitversatz angegeben ist).</translation>
    </message>
    <message numerus="yes">
        <source>%n audit records written to %1, readable by you alone.</source>
        <translation>
            <numerusform>%n Protokolleintrag nach %1 geschrieben, nur für Sie lesbar.</numerusform>
            <numerusform>%n Protokolleinträge nach %1 geschrieben, nur für Sie lesbar.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditExport</name>
    <message>
        <source>&apos;%1&apos; is not an entity: give its name, or its name and id, such as applicant or applicant:12.</source>
        <translation>&apos;%1&apos; ist kein Objekt: Geben Sie seinen Namen an oder seinen Namen und seine Nummer, etwa applicant oder applicant:12.</translation>
    </message>
    <message>
        <source>The audit trail has no records of the entity &apos;%1&apos;. Its entities are: %2.</source>
        <translation>Das Prüfprotokoll hat keine Einträge zum Objekt &apos;%1&apos;. Die Objekte darin sind: %2.</translation>
    </message>
    <message>
        <source>Cannot record the export in the audit trail, so nothing was exported: %1</source>
        <translation>Der Export lässt sich nicht im Prüfprotokoll vermerken, deshalb wurde nichts exportiert: %1</translation>
    </message>
    <message>
        <source>Cannot write the export: %1.</source>
        <translation>Der Export lässt sich nicht schreiben: %1.</translation>
    </message>
</context>
<context>
    <name>AuditTrail</name>
    <message>
        <source>Cannot record the change: the random number generator is not available. Nothing was changed.</source>
        <translation>Die Änderung lässt sich nicht protokollieren: Der Zufallszahlengenerator ist nicht verfügbar. Nichts wurde geändert.</translation>
    </message>
</context>
<context>
    <name>AuditVerifier</name>
    <message>
        <source>Audit record %1 is missing: it was deleted.</source>
        <translation>Protokolleintrag %1 fehlt: Er wurde gelöscht.</translation>
    </message>
    <message>
        <source>Audit records %1 are missing: they were deleted.</source>
        <translation>Die Protokolleinträge %1 fehlen: Sie wurden gelöscht.</translation>
    </message>
    <message>
        <source>Audit record %1 was changed after it was written: it does not match its hash.</source>
        <translation>Protokolleintrag %1 wurde nach dem Schreiben geändert: Er passt nicht zu seinem Hashwert.</translation>
    </message>
    <message>
        <source>The %1 value of audit record %2 was changed after it was written: it does not match the record.</source>
        <translation>Der Wert %1 von Protokolleintrag %2 wurde nach dem Schreiben geändert: Er passt nicht zum Eintrag.</translation>
    </message>
    <message>
        <source>Audit record %1 covers status events %2 a second time.</source>
        <translation>Protokolleintrag %1 deckt die Statuseinträge %2 ein zweites Mal ab.</translation>
    </message>
    <message>
        <source>Status events %1 are not in the audit trail: they were written outside the desk.</source>
        <translation>Die Statuseinträge %1 stehen nicht im Prüfprotokoll: Sie wurden außerhalb von Admissions Desk geschrieben.</translation>
    </message>
    <message>
        <source>Status event %1 was changed or deleted after it was written (audit record %2).</source>
        <translation>Statuseintrag %1 wurde nach dem Schreiben geändert oder gelöscht (Protokolleintrag %2).</translation>
    </message>
    <message>
        <source>One of status events %1 was changed or deleted after it was written (audit record %2).</source>
        <translation>Einer der Statuseinträge %1 wurde nach dem Schreiben geändert oder gelöscht (Protokolleintrag %2).</translation>
    </message>
    <message>
        <source>Audit record %1 is not the one %2 remembers: the trail was rewritten.</source>
        <translation>Protokolleintrag %1 ist nicht der in %2 vermerkte: Das Protokoll wurde umgeschrieben.</translation>
    </message>
    <message>
        <source>The audit trail ends at record %1, but %2 remembers record %3: records were removed.</source>
        <translation>Das Prüfprotokoll endet bei Eintrag %1, aber in %2 ist Eintrag %3 vermerkt: Einträge wurden entfernt.</translation>
    </message>
</context>
<context>
    <name>Authorization</name>
    <message>
        <source>Sign in as a staff user first.</source>
        <translation>Melden Sie sich zuerst als Mitarbeiter:in an.</translation>
    </message>
    <message>
        <source>There is no staff user %1 any more.</source>
        <translation>Die Mitarbeiter:in %1 gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>The staff user %1 is deactivated.</source>
        <translation>Die Mitarbeiter:in %1 ist deaktiviert.</translation>
    </message>
    <message>
        <source>%1 (%2) may not %3.</source>
        <translation>%1 (%2) ist nicht berechtigt, %3.</translation>
    </message>
</context>
<context>
    <name>BackgroundJob</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>today %1</source>
        <translation>heute %1</translation>
    </message>
    <message>
        <source>&amp;Back Up…</source>
        <translation>Sicherung &amp;anlegen…</translation>
    </message>
    <message>
        <source>Res&amp;tore from Backup…</source>
        <translation>Aus Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>No backup yet</source>
        <translation>Noch keine Sicherung</translation>
    </message>
    <message>
        <source>Backups go to %1.</source>
        <translation>Sicherungen werden in %1 abgelegt.</translation>
    </message>
    <message>
        <source>Last backup: %1</source>
        <translation>Letzte Sicherung: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1
%n backup(s) in %2.</source>
        <translation>
            <numerusform>%1
%n Sicherung in %2.</numerusform>
            <numerusform>%1
%n Sicherungen in %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>No backup was made.</source>
        <translation>Es wurde keine Sicherung angelegt.</translation>
    </message>
    <message>
        <source>Back Up Database</source>
        <translation>Datenbank sichern</translation>
    </message>
    <message>
        <source>Admissions Desk databases (*.sqlite)</source>
        <translation>Admissions-Desk-Datenbanken (*.sqlite)</translation>
    </message>
    <message>
        <source>The daily backup failed: %1</source>
        <translation>Die tägliche Sicherung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Backed up to %1: %2 applications, checked.</source>
        <translation>Nach %1 gesichert: %2 Bewerbungen, geprüft.</translation>
    </message>
    <message>
        <source>Backing up the database…</source>
        <translation>Die Datenbank wird gesichert…</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Admissions Desk databases (*.sqlite);;All files (*)</source>
        <translation>Admissions-Desk-Datenbanken (*.sqlite);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Die Sicherung wird geprüft…</translation>
    </message>
    <message>
        <source>This backup cannot be restored.</source>
        <translation>Diese Sicherung lässt sich nicht wiederherstellen.</translation>
    </message>
    <message>
        <source>Replace the database with this backup?</source>
        <translation>Die Datenbank durch diese Sicherung ersetzen?</translation>
    </message>
    <message>
        <source>%1 holds %2 applications (schema version %3). Every change made since it was taken will be gone from the database; the database as it is now is kept aside beside it, under a name with today&apos;s time.</source>
        <translation>%1 enthält %2 Bewerbungen (Schemaversion %3). Alle Änderungen, die seit dieser Sicherung gemacht wurden, gehen in der Datenbank verloren; die Datenbank in ihrem jetzigen Zustand wird daneben aufbewahrt, unter einem Namen mit der heutigen Uhrzeit.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Restoring the database…</source>
        <translation>Die Datenbank wird wiederhergestellt…</translation>
    </message>
    <message>
        <source>The database was not restored.</source>
        <translation>Die Datenbank wurde nicht wiederhergestellt.</translation>
    </message>
    <message>
        <source>Restored from the backup: %1 applications. The database as it was is kept as %2.</source>
        <translation>Aus der Sicherung wiederhergestellt: %1 Bewerbungen. Die bisherige Datenbank ist als %2 aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>BackupCommands</name>
    <message>
        <source>Make a checked copy of the database, while it is in use.</source>
        <translation>Eine geprüfte Kopie der Datenbank anlegen, auch während sie verwendet wird.</translation>
    </message>
    <message>
        <source>Copies the database as it is at one moment, while windows and other commands use it, into the backup folder (backups/ beside the database, or the folder set with &apos;backup settings&apos;), or to FILE with -o. The copy is readable only by you, is written under a temporary name, and counts only once it has been reopened, recognised, checked (PRAGMA quick_check) and found to hold as many rows as the database. Copies in the backup folder are then rotated (see &apos;backup settings&apos;).</source>
        <translation>Kopiert die Datenbank so, wie sie in einem Moment ist, während Fenster und andere Befehle sie verwenden, in den Sicherungsordner (backups/ neben der Datenbank oder der mit &apos;backup settings&apos; festgelegte Ordner) oder mit -o nach FILE. Die Kopie ist nur für Sie lesbar, wird unter einem vorläufigen Namen geschrieben und zählt erst, wenn sie wieder geöffnet, erkannt und geprüft (PRAGMA quick_check) wurde und ebenso viele Zeilen enthält wie die Datenbank. Die Kopien im Sicherungsordner werden danach rotiert (siehe &apos;backup settings&apos;).</translation>
    </message>
    <message>
        <source>Write the backup to FILE instead of the backup folder.</source>
        <translation>Die Sicherung nach FILE schreiben statt in den Sicherungsordner.</translation>
    </message>
    <message>
        <source>Only when the newest backup in the folder is a day old or older (for a scheduled job).</source>
        <translation>Nur wenn die neueste Sicherung im Ordner einen Tag alt oder älter ist (für einen geplanten Auftrag).</translation>
    </message>
    <message>
        <source>List the database&apos;s backups, newest first.</source>
        <translation>Die Sicherungen der Datenbank auflisten, neueste zuerst.</translation>
    </message>
    <message>
        <source>Lists the backups of the database in its backup folder, newest first: when each was made (local time), why, its size and file.</source>
        <translation>Listet die Sicherungen der Datenbank in ihrem Sicherungsordner auf, neueste zuerst: wann jede angelegt wurde (Ortszeit), warum, ihre Größe und Datei.</translation>
    </message>
    <message>
        <source>Show or change where backups go and how many are kept.</source>
        <translation>Anzeigen oder ändern, wohin Sicherungen gehen und wie viele aufbewahrt werden.</translation>
    </message>
    <message>
        <source>Shows the backup folder and the rotation; with options, changes them first. The settings are the desktop program&apos;s too. Rotation keeps the newest backup of each of the last N days, weeks and months that have one; the newest backup is always kept.</source>
        <translation>Zeigt den Sicherungsordner und die Rotation; mit Optionen werden sie zuvor geändert. Die Einstellungen gelten auch für das Desktop-Programm. Die Rotation behält die neueste Sicherung jedes der letzten N Tage, Wochen und Monate, in denen es eine gibt; die neueste Sicherung wird immer behalten.</translation>
    </message>
    <message>
        <source>Keep backups in DIR.</source>
        <translation>Sicherungen in DIR ablegen.</translation>
    </message>
    <message>
        <source>Keep backups in backups/ beside each database (the default).</source>
        <translation>Sicherungen in backups/ neben der jeweiligen Datenbank ablegen (Vorgabe).</translation>
    </message>
    <message>
        <source>Daily backups to keep (default 7).</source>
        <translation>Wie viele tägliche Sicherungen aufbewahrt werden (Vorgabe 7).</translation>
    </message>
    <message>
        <source>Weekly backups to keep (default 4).</source>
        <translation>Wie viele wöchentliche Sicherungen aufbewahrt werden (Vorgabe 4).</translation>
    </message>
    <message>
        <source>Monthly backups to keep (default 6).</source>
        <translation>Wie viele monatliche Sicherungen aufbewahrt werden (Vorgabe 6).</translation>
    </message>
    <message>
        <source>Put a backup in the place of the database.</source>
        <translation>Eine Sicherung an die Stelle der Datenbank setzen.</translation>
    </message>
    <message>
        <source>Checks BACKUP (a damaged, foreign or newer file is refused), then replaces the database with it in one step, keeping the current file aside under a name with the time. Refused while another program (a window or a command) has the database open. An older backup is upgraded the next time the database is opened.</source>
        <translation>Prüft BACKUP (eine beschädigte, fremde oder neuere Datei wird abgelehnt) und ersetzt dann die Datenbank in einem Schritt durch sie; die bisherige Datei wird unter einem Namen mit der Uhrzeit daneben aufbewahrt. Wird abgelehnt, solange ein anderes Programm (ein Fenster oder ein Befehl) die Datenbank geöffnet hat. Eine ältere Sicherung wird beim nächsten Öffnen der Datenbank aktualisiert.</translation>
    </message>
    <message>
        <source>--if-due is for the backup folder&apos;s daily backups; it does not go with -o.</source>
        <translation>--if-due ist für die täglichen Sicherungen im Sicherungsordner gedacht und lässt sich nicht mit -o verbinden.</translation>
    </message>
    <message>
        <source>No backup is due: the newest, %1, was made at %2.</source>
        <translation>Keine Sicherung fällig: Die neueste, %1, wurde am %2 angelegt.</translation>
    </message>
    <message>
        <source>Backing up: %1%</source>
        <translation>Sicherung läuft: %1 %</translation>
    </message>
    <message>
        <source>Backed up %1 to %2: %3 applications, %4, checked in %5 s.</source>
        <translation>%1 nach %2 gesichert: %3 Bewerbungen, %4, geprüft in %5 s.</translation>
    </message>
    <message>
        <source>Deleted the old backup %1.</source>
        <translation>Die alte Sicherung %1 wurde gelöscht.</translation>
    </message>
    <message>
        <source>Backups of %1 in %2 (%3):</source>
        <translation>Sicherungen von %1 in %2 (%3):</translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>Noch keine Sicherungen.</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Give --folder or --default-folder, not both.</source>
        <translation>Geben Sie --folder oder --default-folder an, nicht beides.</translation>
    </message>
    <message>
        <source>--%1 needs a whole number from 0 to 1000, not &apos;%2&apos;.</source>
        <translation>--%1 braucht eine ganze Zahl von 0 bis 1000, nicht &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>Backup folder: %1</source>
        <translation>Sicherungsordner: %1</translation>
    </message>
    <message>
        <source>backups/ beside each database</source>
        <translation>backups/ neben der jeweiligen Datenbank</translation>
    </message>
    <message>
        <source>Rotation: %1.</source>
        <translation>Rotation: %1.</translation>
    </message>
    <message>
        <source>Restored %1 from %2 (%3 applications, schema version %4).</source>
        <translation>%1 aus %2 wiederhergestellt (%3 Bewerbungen, Schemaversion %4).</translation>
    </message>
    <message>
        <source>The database as it was is kept as %1.</source>
        <translation>Die bisherige Datenbank ist als %1 aufbewahrt.</translation>
    </message>
    <message>
        <source>keeping the newest of each of the last %1 days, %2 weeks and %3 months, and none older than %4 days (an erased person leaves the backups by then)</source>
        <translation>es wird die neueste jedes der letzten %1 Tage, %2 Wochen und %3 Monate aufbewahrt und keine, die älter als %4 Tage ist (bis dahin ist eine gelöschte Person aus den Sicherungen verschwunden)</translation>
    </message>
</context>
<context>
    <name>BackupFile</name>
    <message>
        <source>Cannot back up to %1: %2. Nothing was written.</source>
        <translation>Sichern nach %1 nicht möglich: %2. Nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>the backup was cancelled</source>
        <translation>die Sicherung wurde abgebrochen</translation>
    </message>
    <message>
        <source>the copy does not hold the same rows as the database</source>
        <translation>die Kopie enthält nicht dieselben Zeilen wie die Datenbank</translation>
    </message>
    <message>
        <source>the copy failed its check (%1)</source>
        <translation>die Kopie hat die Prüfung nicht bestanden (%1)</translation>
    </message>
    <message>
        <source>Only an SQLite database file can be backed up this way.</source>
        <translation>Nur eine SQLite-Datenbankdatei lässt sich auf diese Weise sichern.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 lässt sich nicht lesen: %2</translation>
    </message>
    <message>
        <source>%1 is not a backup this program can use: %2.</source>
        <translation>%1 ist keine Sicherung, die dieses Programm verwenden kann: %2.</translation>
    </message>
    <message>
        <source>there is no such file</source>
        <translation>die Datei gibt es nicht</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>it is damaged or not an SQLite database (%1)</source>
        <translation>sie ist beschädigt oder keine SQLite-Datenbank (%1)</translation>
    </message>
    <message>
        <source>it is not an Admissions Desk database</source>
        <translation>sie ist keine Admissions-Desk-Datenbank</translation>
    </message>
    <message>
        <source>it was written by a newer Admissions Desk (schema version %1; this program knows up to %2)</source>
        <translation>sie wurde von einem neueren Admissions Desk geschrieben (Schemaversion %1; dieses Programm kennt Schemaversionen bis %2)</translation>
    </message>
    <message>
        <source>it is damaged (%1)</source>
        <translation>sie ist beschädigt (%1)</translation>
    </message>
    <message>
        <source>it is damaged: %1</source>
        <translation>sie ist beschädigt: %1</translation>
    </message>
    <message>
        <source>its rows cannot be read (%1)</source>
        <translation>ihre Zeilen lassen sich nicht lesen (%1)</translation>
    </message>
</context>
<context>
    <name>BackupFolder</name>
    <message>
        <source>Cannot create the backup folder %1.</source>
        <translation>Der Sicherungsordner %1 lässt sich nicht anlegen.</translation>
    </message>
    <message>
        <source>Cannot delete the old backup %1.</source>
        <translation>Die alte Sicherung %1 lässt sich nicht löschen.</translation>
    </message>
</context>
<context>
    <name>CallCadence</name>
    <message>
        <source>no completed week yet</source>
        <translation>noch keine abgeschlossene Woche</translation>
    </message>
    <message>
        <source>%1 of %2 weeks with a call</source>
        <translation>%1 von %2 Wochen mit Gespräch</translation>
    </message>
    <message>
        <source>behind: no call in the week of %1</source>
        <translation>im Rückstand: kein Gespräch in der Woche vom %1</translation>
    </message>
    <message>
        <source>%1; last call %2</source>
        <translation>%1; letztes Gespräch %2</translation>
    </message>
    <message>
        <source>%1; no call yet</source>
        <translation>%1; noch kein Gespräch</translation>
    </message>
</context>
<context>
    <name>CatalogChoices</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>All tracks</source>
        <translation>Alle Programme</translation>
    </message>
    <message>
        <source>All cohorts</source>
        <translation>Alle Kohorten</translation>
    </message>
    <message>
        <source>Choose a track to choose one of its cohorts</source>
        <translation>Wählen Sie ein Programm, um eine seiner Kohorten zu wählen</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Alle Zuständigen</translation>
    </message>
</context>
<context>
    <name>CatalogService</name>
    <message>
        <source>&quot;%1&quot; is not a track code: 1 to 16 letters, digits, - or _.</source>
        <translation>„%1“ ist kein Programmkürzel: 1 bis 16 Buchstaben, Ziffern, - oder _.</translation>
    </message>
    <message>
        <source>The track needs a name.</source>
        <translation>Das Programm braucht einen Namen.</translation>
    </message>
    <message>
        <source>The cohort needs a name.</source>
        <translation>Die Kohorte braucht einen Namen.</translation>
    </message>
    <message>
        <source>The start (orientation) date is required (YYYY-MM-DD).</source>
        <translation>Das Startdatum (Orientierung) ist eine Pflichtangabe (JJJJ-MM-TT).</translation>
    </message>
    <message>
        <source>The end date is required (YYYY-MM-DD).</source>
        <translation>Das Enddatum ist eine Pflichtangabe (JJJJ-MM-TT).</translation>
    </message>
    <message>
        <source>The cohort ends (%1) before it starts (%2).</source>
        <translation>Die Kohorte endet (%1), bevor sie beginnt (%2).</translation>
    </message>
    <message>
        <source>The capacity cannot be negative.</source>
        <translation>Die Zahl der Plätze kann nicht negativ sein.</translation>
    </message>
    <message>
        <source>An offer is held for at least one day.</source>
        <translation>Ein Angebot gilt mindestens einen Tag.</translation>
    </message>
    <message>
        <source>The refund window cannot be negative.</source>
        <translation>Die Erstattungsfrist kann nicht negativ sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a cohort state (%2).</source>
        <translation>„%1“ ist kein Zustand einer Kohorte (%2).</translation>
    </message>
    <message>
        <source>Day %1: %2 % is not a refund from day 0 on of 0 to 100 %.</source>
        <translation>Tag %1: %2 % ist keine Erstattung ab Tag 0 von 0 bis 100 %.</translation>
    </message>
    <message>
        <source>Day %1 appears twice.</source>
        <translation>Tag %1 kommt zweimal vor.</translation>
    </message>
    <message>
        <source>The refund rises from %1 % to %2 % on day %3; it may only fall as the program goes on.</source>
        <translation>Die Erstattung steigt an Tag %3 von %1 % auf %2 %; sie darf im Lauf des Programms nur sinken.</translation>
    </message>
    <message>
        <source>track</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>code: there is already a track %1 (%2).</source>
        <translation>code: Es gibt bereits ein Programm %1 (%2).</translation>
    </message>
    <message>
        <source>cohort</source>
        <translation>Kohorte</translation>
    </message>
    <message>
        <source>track: there is no track %1.</source>
        <translation>track: Es gibt kein Programm %1.</translation>
    </message>
    <message>
        <source>name: there is already a cohort named %1.</source>
        <translation>name: Es gibt bereits eine Kohorte namens %1.</translation>
    </message>
    <message>
        <source>There is no cohort %1.</source>
        <translation>Es gibt keine Kohorte %1.</translation>
    </message>
    <message>
        <source>The %1 is not valid: %2</source>
        <translation>Ungültige Angaben (%1): %2</translation>
    </message>
    <message>
        <source>There is no track %1.</source>
        <translation>Es gibt kein Programm %1.</translation>
    </message>
    <message>
        <source>track: the career track %1 is inactive and takes no new cohorts.</source>
        <translation>track: Das Programm %1 ist inaktiv und nimmt keine neuen Kohorten an.</translation>
    </message>
    <message>
        <source>Applications open (%1) after the cohort starts (%2).</source>
        <translation>Der Bewerbungsstart (%1) liegt nach dem Beginn der Kohorte (%2).</translation>
    </message>
    <message>
        <source>The job guarantee covers 1 to %1 days, not %2.</source>
        <translation>Die Jobgarantie umfasst 1 bis %1 Tage, nicht %2.</translation>
    </message>
    <message>
        <source>The job applications a week are 0 to %1, not %2.</source>
        <translation>Die Stellenbewerbungen pro Woche liegen bei 0 bis %1, nicht bei %2.</translation>
    </message>
    <message>
        <source>capacity: cohort %1 cannot have fewer seats than are taken (taken: %2, asked for: %3).</source>
        <translation>capacity: Die Kohorte %1 kann nicht weniger Plätze haben, als belegt sind (belegt: %2, verlangt: %3).</translation>
    </message>
</context>
<context>
    <name>CheckInDialog</name>
    <message>
        <source>Job-Search Check-in: Application %1</source>
        <translation>Check-in zur Jobsuche: Bewerbung %1</translation>
    </message>
    <message>
        <source>Optional: interviews, offers, what they need</source>
        <translation>Optional: Vorstellungsgespräche, Angebote, was die Person braucht</translation>
    </message>
    <message>
        <source>This cohort asks for no weekly check-in.</source>
        <translation>Diese Kohorte verlangt keinen wöchentlichen Check-in.</translation>
    </message>
    <message>
        <source>This cohort asks for a check-in every week, with job applications sent that week: at least %1.</source>
        <translation>Diese Kohorte verlangt jede Woche einen Check-in, mit den in dieser Woche verschickten Stellenbewerbungen: mindestens %1.</translation>
    </message>
    <message>
        <source>This cohort asks for a check-in every week.</source>
        <translation>Diese Kohorte verlangt jede Woche einen Check-in.</translation>
    </message>
    <message>
        <source>Job &amp;applications sent this week</source>
        <translation>Diese Woche verschickte Stellen&amp;bewerbungen</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Tag</translation>
    </message>
    <message>
        <source>&amp;What they said</source>
        <translation>Was die Person &amp;gesagt hat</translation>
    </message>
    <message>
        <source>&amp;Log Check-in</source>
        <translation>Check-in &amp;eintragen</translation>
    </message>
</context>
<context>
    <name>CohortCommands</name>
    <message>
        <source>List cohorts with seats taken, pending offers and waitlist.</source>
        <translation>Kohorten mit belegten Plätzen, offenen Angeboten und Warteliste auflisten.</translation>
    </message>
    <message>
        <source>Add a career track.</source>
        <translation>Ein Programm hinzufügen.</translation>
    </message>
    <message>
        <source>Adds the career track CODE (1 to 16 letters, digits, - or _; unique, whatever the case) named NAME.</source>
        <translation>Fügt das Programm CODE (1 bis 16 Buchstaben, Ziffern, - oder _; eindeutig ohne Rücksicht auf Groß- und Kleinschreibung) mit dem Namen NAME hinzu.</translation>
    </message>
    <message>
        <source>Add a cohort of a track.</source>
        <translation>Eine Kohorte eines Programms hinzufügen.</translation>
    </message>
    <message>
        <source>Adds the cohort NAME (unique) of a career track, with its start (orientation) and end dates and its seats. Refunds are full for 14 days from the start.</source>
        <translation>Fügt die Kohorte NAME (eindeutig) eines Programms mit Start- (Orientierung) und Enddatum und ihren Plätzen hinzu. In den ersten 14 Tagen ab Beginn wird voll erstattet.</translation>
    </message>
    <message>
        <source>Career track code (required).</source>
        <translation>Programmkürzel (Pflichtangabe).</translation>
    </message>
    <message>
        <source>Start date, YYYY-MM-DD (required).</source>
        <translation>Startdatum, JJJJ-MM-TT (Pflichtangabe).</translation>
    </message>
    <message>
        <source>End date, YYYY-MM-DD (required).</source>
        <translation>Enddatum, JJJJ-MM-TT (Pflichtangabe).</translation>
    </message>
    <message>
        <source>Seats (required).</source>
        <translation>Plätze (Pflichtangabe).</translation>
    </message>
    <message>
        <source>Days an offer holds a seat (default 7).</source>
        <translation>Tage, die ein Angebot einen Platz hält (Vorgabe 7).</translation>
    </message>
    <message>
        <source>draft, open, full, started, completed or cancelled (default open).</source>
        <translation>draft, open, full, started, completed oder cancelled (Vorgabe open).</translation>
    </message>
    <message>
        <source>Change a cohort&apos;s number of seats.</source>
        <translation>Die Zahl der Plätze einer Kohorte ändern.</translation>
    </message>
    <message>
        <source>Track %1 added.
</source>
        <translation>Programm %1 hinzugefügt.
</translation>
    </message>
    <message>
        <source>cohort add needs --%1.</source>
        <translation>cohort add braucht --%1.</translation>
    </message>
    <message>
        <source>Cohort %1 added: %2 seats from %3.
</source>
        <translation>Kohorte %1 hinzugefügt: %2 Plätze ab %3.
</translation>
    </message>
    <message>
        <source>SEATS must be a whole number of at least 0, not &apos;%1&apos;.</source>
        <translation>SEATS muss eine ganze Zahl von mindestens 0 sein, nicht &apos;%1&apos;.</translation>
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
        <translation>Angebote</translation>
    </message>
    <message>
        <source>Waitlist</source>
        <translation>Warteliste</translation>
    </message>
    <message>
        <source>Application %1 offered a seat; cause: %2
</source>
        <translation>Bewerbung %1 wurde ein Platz angeboten; Anlass: %2
</translation>
    </message>
    <message>
        <source>List the career tracks, their cohorts and applications.</source>
        <translation>Die Programme mit ihren Kohorten und Bewerbungen auflisten.</translation>
    </message>
    <message>
        <source>Prints every career track by code: id, code, name, how many cohorts and applications it has, and whether it is active (an inactive track takes no new applications or cohorts).</source>
        <translation>Gibt jedes Programm nach Kürzel aus: ID, Kürzel, Name, wie viele Kohorten und Bewerbungen es hat und ob es aktiv ist (ein inaktives Programm nimmt keine neuen Bewerbungen oder Kohorten an).</translation>
    </message>
    <message>
        <source>Change a career track&apos;s code or name.</source>
        <translation>Kürzel oder Namen eines Programms ändern.</translation>
    </message>
    <message>
        <source>Gives the career track CODE a new code, a new name or both. Its cohorts and applications stay with it; every change is in the audit trail.</source>
        <translation>Gibt dem Programm CODE ein neues Kürzel, einen neuen Namen oder beides. Seine Kohorten und Bewerbungen bleiben bei ihm; jede Änderung steht im Prüfprotokoll.</translation>
    </message>
    <message>
        <source>The new code (1 to 16 letters, digits, - or _; unique, whatever the case).</source>
        <translation>Das neue Kürzel (1 bis 16 Buchstaben, Ziffern, - oder _; eindeutig, unabhängig von Groß- und Kleinschreibung).</translation>
    </message>
    <message>
        <source>The new name.</source>
        <translation>Der neue Name.</translation>
    </message>
    <message>
        <source>Stop a career track from taking new applications and cohorts.</source>
        <translation>Ein Programm keine neuen Bewerbungen und Kohorten mehr annehmen lassen.</translation>
    </message>
    <message>
        <source>Deactivates the career track CODE: it takes no new applications and no new cohorts. Its cohorts, applications and mentors keep it.</source>
        <translation>Deaktiviert das Programm CODE: Es nimmt keine neuen Bewerbungen und keine neuen Kohorten an. Seine Kohorten, Bewerbungen und Mentor:innen behalten es.</translation>
    </message>
    <message>
        <source>Let a deactivated career track take applications and cohorts again.</source>
        <translation>Ein deaktiviertes Programm wieder Bewerbungen und Kohorten annehmen lassen.</translation>
    </message>
    <message>
        <source>Activates the career track CODE again.</source>
        <translation>Aktiviert das Programm CODE wieder.</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inaktiv</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kürzel</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation>Kohorten</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Bewerbungen</translation>
    </message>
    <message>
        <source>track edit needs --%1, --%2 or both.</source>
        <translation>track edit braucht --%1, --%2 oder beides.</translation>
    </message>
    <message>
        <source>Track %1 saved: code %2, name %3.</source>
        <translation>Programm %1 gespeichert: Kürzel %2, Name %3.</translation>
    </message>
    <message>
        <source>Track %1 was already active.</source>
        <translation>Programm %1 war schon aktiv.</translation>
    </message>
    <message>
        <source>Track %1 was already inactive.</source>
        <translation>Programm %1 war schon inaktiv.</translation>
    </message>
    <message>
        <source>Track %1 is active again: it takes new applications and cohorts.</source>
        <translation>Programm %1 ist wieder aktiv: Es nimmt neue Bewerbungen und Kohorten an.</translation>
    </message>
    <message>
        <source>Track %1 is inactive: it takes no new applications or cohorts.</source>
        <translation>Programm %1 ist inaktiv: Es nimmt keine neuen Bewerbungen oder Kohorten an.</translation>
    </message>
    <message>
        <source>No career track yet: track add CODE NAME adds one.</source>
        <translation>Noch kein Programm: track add CODE NAME legt eines an.</translation>
    </message>
    <message>
        <source>final %1</source>
        <translation>final %1</translation>
    </message>
    <message>
        <source>No cohort yet: cohort add NAME --track CODE --starts DATE --ends DATE --capacity SEATS adds one.</source>
        <translation>Noch keine Kohorte: cohort add NAME --track CODE --starts DATE --ends DATE --capacity SEATS legt eine an.</translation>
    </message>
    <message>
        <source>The day a draft cohort opens for applications by itself, YYYY-MM-DD (without it, only &apos;cohort open&apos; opens it).</source>
        <translation>Der Tag, an dem sich eine Kohorte im Entwurf von selbst für Bewerbungen öffnet, JJJJ-MM-TT (ohne diese Angabe öffnet sie nur &apos;cohort open&apos;).</translation>
    </message>
    <message>
        <source>Prints every cohort by track and start date: its state (which follows its dates: open, full while no seat is free, started on its start date, completed on its end date), its seats of its capacity, offers pending and the length of its waitlist. Before the start the seats are those taken (offered, accepted, enrolled); from the start those its students filled, and a completed cohort shows how full it ended (&quot;final 68/70&quot;).</source>
        <translation>Gibt jede Kohorte nach Programm und Startdatum aus: ihren Zustand (der ihren Terminen folgt: open, full, solange kein Platz frei ist, started ab ihrem Startdatum, completed ab ihrem Enddatum), ihre Plätze von ihrer Kapazität, offene Angebote und die Länge ihrer Warteliste. Vor dem Start zählen die vergebenen Plätze (angeboten, angenommen, eingeschrieben); ab dem Start die, die ihre Studierenden besetzt haben, und eine abgeschlossene Kohorte zeigt, wie voll sie am Ende war („final 68/70“).</translation>
    </message>
    <message>
        <source>Sets the seats of cohort NAME. Seats added go to the waitlist at once, first come first served; the offers made are printed. The seats cannot go below those taken (offers, acceptances and students): fewer seats never take an offer back.</source>
        <translation>Setzt die Plätze der Kohorte NAME. Hinzugekommene Plätze gehen sofort an die Warteliste, in der Reihenfolge des Eingangs; die gemachten Angebote werden ausgegeben. Die Plätze können nicht unter die belegten sinken (Angebote, Zusagen und Teilnehmende): Weniger Plätze nehmen nie ein Angebot zurück.</translation>
    </message>
    <message>
        <source>Open a draft cohort for applications.</source>
        <translation>Eine Kohorte im Entwurf für Bewerbungen öffnen.</translation>
    </message>
    <message>
        <source>Opens the draft cohort NAME for applications now; its waitlist gets its seats at once, first come first served, and the offers made are printed. A draft with an applications-open day (cohort add --opens) opens by itself on that day.</source>
        <translation>Öffnet die Kohorte NAME im Entwurf jetzt für Bewerbungen; ihre Warteliste bekommt sofort ihre Plätze, in der Reihenfolge des Eingangs, und die gemachten Angebote werden ausgegeben. Ein Entwurf mit einem Tag für den Bewerbungsstart (cohort add --opens) öffnet sich an diesem Tag von selbst.</translation>
    </message>
    <message>
        <source>Show a cohort&apos;s state changes.</source>
        <translation>Die Zustandswechsel einer Kohorte anzeigen.</translation>
    </message>
    <message>
        <source>Prints every state cohort NAME has been in, oldest first: when (UTC), from which state to which, who changed it (&quot;desk&quot; when the desk followed the cohort&apos;s dates) and why.</source>
        <translation>Gibt jeden Zustand aus, in dem die Kohorte NAME war, älteste zuerst: wann (UTC), von welchem Zustand zu welchem, wer ihn geändert hat („System“, wenn der Desk den Terminen der Kohorte gefolgt ist) und warum.</translation>
    </message>
    <message>
        <source>--%1 must be a date, YYYY-MM-DD, not &apos;%2&apos;.</source>
        <translation>--%1 muss ein Datum sein, JJJJ-MM-TT, nicht &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>Cohort %1 is open for applications.
</source>
        <translation>Kohorte %1 ist für Bewerbungen geöffnet.
</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>desk</source>
        <translation>System</translation>
    </message>
    <message>
        <source>At</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Nach</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Geändert von</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Anlass</translation>
    </message>
    <message>
        <source>Cohort %1 has no recorded state change.</source>
        <translation>Für die Kohorte %1 ist kein Zustandswechsel verzeichnet.</translation>
    </message>
    <message>
        <source>Application %1: %2 -&gt; %3; cause: %4
</source>
        <translation>Bewerbung %1: %2 -&gt; %3; Anlass: %4
</translation>
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
    <message>
        <source>Refund schedule</source>
        <translation>Erstattungsplan</translation>
    </message>
    <message>
        <source>Career t&amp;rack</source>
        <translation>&amp;Programm</translation>
    </message>
    <message>
        <source>Sea&amp;ts</source>
        <translation>P&amp;lätze</translation>
    </message>
    <message>
        <source>e.g. USD</source>
        <translation>z. B. EUR</translation>
    </message>
    <message>
        <source>&amp;Price of a seat</source>
        <translation>Pre&amp;is eines Platzes</translation>
    </message>
    <message>
        <source>&amp;Deposit to enrol</source>
        <translation>&amp;Anzahlung zur Einschreibung</translation>
    </message>
    <message>
        <source>&amp;Currency</source>
        <translation>&amp;Währung</translation>
    </message>
    <message>
        <source>&amp;Opens by itself on</source>
        <translation>Öffnet sich &amp;von selbst am</translation>
    </message>
    <message>
        <source>A draft cohort opens for applications on this day of the bootcamp&apos;s time zone; without it, only Open for Applications opens it.</source>
        <translation>Eine Kohorte im Entwurf öffnet sich an diesem Tag (in der Zeitzone des Bootcamps) für Bewerbungen; ohne diese Angabe öffnet sie nur „Für Bewerbungen öffnen“.</translation>
    </message>
    <message>
        <source>Applications open on</source>
        <translation>Bewerbungen offen ab</translation>
    </message>
    <message>
        <source>&amp;Weekly job-search check-in</source>
        <translation>Wöchentlicher Chec&amp;k-in zur Jobsuche</translation>
    </message>
    <message>
        <source>no minimum</source>
        <translation>kein Minimum</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Bewerbungen</translation>
    </message>
    <message>
        <source>&amp;Job guarantee (days of job search)</source>
        <translation>&amp;Jobgarantie (Tage der Jobsuche)</translation>
    </message>
    <message>
        <source>To stay eligible</source>
        <translation>Um anspruchsberechtigt zu bleiben</translation>
    </message>
    <message>
        <source>Job applications a wee&amp;k, at least</source>
        <translation>Stellenbewerbungen pro Wo&amp;che, mindestens</translation>
    </message>
</context>
<context>
    <name>CohortFillReport</name>
    <message>
        <source>Cohorts</source>
        <translation>Kohorten</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Kohorte</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <source>Seats taken</source>
        <translation>Belegte Plätze</translation>
    </message>
    <message>
        <source>Offers pending</source>
        <translation>Offene Angebote</translation>
    </message>
    <message>
        <source>Waitlisted</source>
        <translation>Warteliste</translation>
    </message>
    <message>
        <source>Fill %</source>
        <translation>Belegung %</translation>
    </message>
    <message>
        <source>Seats held day by day</source>
        <translation>Platzbelegung Tag für Tag</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Seats held</source>
        <translation>Plätze am Tagesende</translation>
    </message>
    <message>
        <source>Seats taken: before the start, the offers and students holding a seat now; from the start on, the seats its students filled (those who graduated, dropped out or moved on included); for a completed cohort, the fill kept when it completed.</source>
        <translation>Belegte Plätze: vor dem Start die Angebote und Teilnehmenden, die jetzt einen Platz innehaben; ab dem Start die Plätze, die ihre Teilnehmenden besetzt haben (einschließlich derer, die abgeschlossen, abgebrochen oder in eine spätere Phase gewechselt haben); bei einer abgeschlossenen Kohorte die Belegung, die bei ihrem Abschluss festgehalten wurde.</translation>
    </message>
    <message>
        <source>A move counts in the cohort its status event records. Events from before schema version 15, an import or the demo data record none, and count in the application&apos;s cohort now.</source>
        <translation>Eine Verschiebung zählt in der Kohorte, die ihr Statuseintrag festhält. Einträge aus der Zeit vor Schemaversion 15, aus einem Import oder aus den Demodaten halten keine fest und zählen in der aktuellen Kohorte der Bewerbung.</translation>
    </message>
    <message>
        <source>Seats held day by day, for the cohorts still to start (or the cohort chosen): offers and students holding a seat at the end of each day, rebuilt from the status history, from the first seat taken (or the day applications opened) up to the start or today, at most the last %1 days.</source>
        <translation>Platzbelegung Tag für Tag, für die Kohorten, die noch nicht begonnen haben (oder die gewählte Kohorte): Angebote und Teilnehmende, die am Ende jedes Tages einen Platz innehatten, aus dem Statusverlauf rekonstruiert, vom ersten belegten Platz (oder dem Tag des Bewerbungsstarts) bis zum Start oder bis heute, höchstens die letzten %1 Tage.</translation>
    </message>
</context>
<context>
    <name>CohortState</name>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>Voll</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
</context>
<context>
    <name>CohortStateService</name>
    <message>
        <source>There is no cohort %1.</source>
        <translation>Es gibt keine Kohorte %1.</translation>
    </message>
    <message>
        <source>Cohort %1 is not a draft (its state: %2): only a draft cohort opens for applications.</source>
        <translation>Kohorte %1 ist kein Entwurf (ihr Zustand: %2): Nur eine Kohorte im Entwurf wird für Bewerbungen geöffnet.</translation>
    </message>
    <message>
        <source>Cohort %1 starts on %2: application %3 cannot be active before then.</source>
        <translation>Kohorte %1 beginnt am %2: Bewerbung %3 kann nicht vorher aktiv sein.</translation>
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
        <source> — seats offered to the waitlist: %L1</source>
        <translation> — Plätze an die Warteliste angeboten: %L1</translation>
    </message>
    <message>
        <source>No cohorts yet. A cohort is one class of a career track, with its dates and seats: New Cohort… adds one.</source>
        <translation>Noch keine Kohorten. Eine Kohorte ist ein Jahrgang eines Programms mit Terminen und Plätzen: „Neue Kohorte…“ legt eine an.</translation>
    </message>
    <message>
        <source>No offer is waiting for an answer in this cohort.</source>
        <translation>In dieser Kohorte wartet kein Angebot auf Antwort.</translation>
    </message>
    <message>
        <source>Nobody is waiting for a seat in this cohort.</source>
        <translation>Niemand wartet auf einen Platz in dieser Kohorte.</translation>
    </message>
    <message>
        <source>A cohort</source>
        <translation>Eine Kohorte</translation>
    </message>
    <message>
        <source>Ne&amp;w Cohort…</source>
        <translation>&amp;Neue Kohorte…</translation>
    </message>
    <message>
        <source>Ed&amp;it Cohort…</source>
        <translation>Kohorte bea&amp;rbeiten…</translation>
    </message>
    <message>
        <source>final: %1</source>
        <translation>Ende: %1</translation>
    </message>
    <message>
        <source>All tracks</source>
        <translation>Alle Programme</translation>
    </message>
    <message>
        <source>Upcoming and running</source>
        <translation>Kommende und laufende</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Alle Zustände</translation>
    </message>
    <message>
        <source>Part of a cohort&apos;s name</source>
        <translation>Teil eines Kohortennamens</translation>
    </message>
    <message>
        <source>Trac&amp;k</source>
        <translation>&amp;Programm</translation>
    </message>
    <message>
        <source>Sh&amp;ow</source>
        <translation>An&amp;zeigen</translation>
    </message>
    <message>
        <source>Cohor&amp;t</source>
        <translation>&amp;Filter</translation>
    </message>
    <message>
        <source>Seats its students filled: graduates and dropouts count, refunded students do not.</source>
        <translation>Plätze, die ihre Teilnehmenden belegt haben: Absolvent:innen und Abbrecher:innen zählen, erstattete Teilnehmende nicht.</translation>
    </message>
    <message>
        <source>No cohort matches these filters.</source>
        <translation>Keine Kohorte passt zu diesen Filtern.</translation>
    </message>
    <message>
        <source>Open for Applications</source>
        <translation>Für Bewerbungen öffnen</translation>
    </message>
    <message>
        <source>A draft cohort takes applications and offers its seats from now on.</source>
        <translation>Eine Kohorte im Entwurf nimmt ab sofort Bewerbungen an und bietet ihre Plätze an.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>The database file (default: %1).</source>
        <translation>Die Datenbankdatei (Vorgabe: %1).</translation>
    </message>
    <message>
        <source>Show help and exit.</source>
        <translation>Hilfe anzeigen und beenden.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Version anzeigen und beenden.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Kein Befehl angegeben.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a command: %2.</source>
        <translation>&apos;%1&apos; braucht einen Befehl: %2.</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation>Unbekannter Befehl &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs %2.</source>
        <translation>&apos;%1&apos; braucht %2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not take the argument &apos;%2&apos;.</source>
        <translation>&apos;%1&apos; nimmt das Argument &apos;%2&apos; nicht an.</translation>
    </message>
    <message>
        <source>--db needs a file name.</source>
        <translation>--db braucht einen Dateinamen.</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>Allgemeine Optionen:</translation>
    </message>
    <message>
        <source>Run &apos;%1 COMMAND --help&apos; for the options of a command.
Exit status: 0 done, 1 the work failed, 2 wrong usage.
</source>
        <translation>&apos;%1 BEFEHL --help&apos; zeigt die Optionen eines Befehls.
Rückgabewert: 0 erledigt, 1 die Arbeit ist fehlgeschlagen, 2 falscher Aufruf.
</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Aufruf: %1</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <source>Sign in as this staff user: their password is asked on the terminal. Without --as or a token, a desk with no passwords yet acts as your operating-system account.</source>
        <translation>Als diese Mitarbeiter:in anmelden: Das Passwort wird im Terminal abgefragt. Ohne --as und ohne Token gilt bei einer Datenbank, die noch keine Passwörter hat, Ihr Benutzerkonto im Betriebssystem als handelnde Mitarbeiter:in.</translation>
    </message>
    <message>
        <source>Sign in with the personal access token in FILE (readable by you alone), or set %1. See staff token.</source>
        <translation>Mit dem persönlichen Zugriffstoken in FILE anmelden (nur für Sie lesbar), oder %1 setzen. Siehe staff token.</translation>
    </message>
    <message>
        <source>For scripts that set a desk up: the password of --as in FILE (readable by you alone).</source>
        <translation>Für Skripte, die eine Datenbank einrichten: das Passwort von --as in FILE (nur für Sie lesbar).</translation>
    </message>
    <message>
        <source>Usage: %1 [--db PATH] [--as USERNAME] COMMAND [ARGUMENTS] [OPTIONS]

The command-line twin of Admissions Desk, for scripts and reporting jobs. Staff sign in: with --as and their password on a terminal, or with a personal access token (--token-file).

Commands:
</source>
        <translation>Aufruf: %1 [--db PFAD] [--as BENUTZERNAME] BEFEHL [ARGUMENTE] [OPTIONEN]

Das Kommandozeilen-Gegenstück von Admissions Desk, für Skripte und Berichte. Mitarbeiter:innen melden sich an: mit --as und ihrem Passwort in einem Terminal oder mit einem persönlichen Zugriffstoken (--token-file).

Befehle:
</translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <source>Try &apos;%1 --help&apos; for more information.</source>
        <translation>&apos;%1 --help&apos; zeigt mehr.</translation>
    </message>
    <message>
        <source>Cannot write the output to standard output: %1. It is incomplete.</source>
        <translation>Die Ausgabe lässt sich nicht auf die Standardausgabe schreiben: %1. Sie ist unvollständig.</translation>
    </message>
    <message>
        <source>Cannot write to standard output: %1</source>
        <translation>Auf die Standardausgabe lässt sich nicht schreiben: %1</translation>
    </message>
    <message>
        <source>Cannot write the export to standard output: %1. It is incomplete.</source>
        <translation>Der Export lässt sich nicht auf die Standardausgabe schreiben: %1. Er ist unvollständig.</translation>
    </message>
</context>
<context>
    <name>Credentials</name>
    <message>
        <source>%1 belongs to another user: a secret file must be your own.</source>
        <translation>%1 gehört einem anderen Benutzerkonto: Eine Datei mit einem Passwort oder Token muss Ihnen selbst gehören.</translation>
    </message>
    <message>
        <source>%1 can be read or changed by other users: a secret must be readable by you alone (chmod 600 %1).</source>
        <translation>%1 kann von anderen Benutzerkonten gelesen oder geändert werden: Ein Passwort oder Token darf nur für Sie lesbar sein (chmod 600 %1).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>%1 lässt sich nicht lesen: %2.</translation>
    </message>
    <message>
        <source>%1 is empty: its first line must be the secret.</source>
        <translation>%1 ist leer: Die erste Zeile muss das Passwort oder das Token sein.</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>Neues Passwort für %1: </translation>
    </message>
    <message>
        <source>A password for %1 is needed: run this on a terminal, or give --password-file FILE (readable by you alone).</source>
        <translation>Für %1 wird ein Passwort benötigt: Führen Sie dies in einem Terminal aus, oder geben Sie --password-file FILE an (nur für Sie lesbar).</translation>
    </message>
    <message>
        <source>The same password again: </source>
        <translation>Dasselbe Passwort noch einmal: </translation>
    </message>
    <message>
        <source>The two passwords differ. Nothing was changed.</source>
        <translation>Die beiden Passwörter stimmen nicht überein. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Passwort für %1: </translation>
    </message>
    <message>
        <source>Signing in as %1 needs their password on a terminal. A script signs in with a personal access token (--token-file FILE or %2), made with &apos;staff token NAME&apos;.</source>
        <translation>Die Anmeldung als %1 braucht das Passwort in einem Terminal. Ein Skript meldet sich mit einem persönlichen Zugriffstoken an (--token-file FILE oder %2), das mit &apos;staff token NAME&apos; angelegt wird.</translation>
    </message>
    <message>
        <source>The access token belongs to %1, not to %2.</source>
        <translation>Das Zugriffstoken gehört %1, nicht %2.</translation>
    </message>
    <message>
        <source>--password-file needs --as USERNAME.</source>
        <translation>--password-file braucht --as USERNAME.</translation>
    </message>
    <message>
        <source>Username: </source>
        <translation>Benutzername: </translation>
    </message>
    <message>
        <source>Username [%1]: </source>
        <translation>Benutzername [%1]: </translation>
    </message>
    <message>
        <source>Who is acting? This desk has staff passwords: sign in with --as USERNAME on a terminal, or with a personal access token (--token-file FILE or %1).</source>
        <translation>Wer handelt? Diese Datenbank hat Passwörter für Mitarbeiter:innen: Melden Sie sich mit --as USERNAME in einem Terminal an oder mit einem persönlichen Zugriffstoken (--token-file FILE oder %1).</translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <source>The export was cancelled.</source>
        <translation>Der Export wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Cannot write the export: %1.</source>
        <translation>Der Export lässt sich nicht schreiben: %1.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>the file is not open for reading</source>
        <translation>die Datei ist nicht zum Lesen geöffnet</translation>
    </message>
    <message>
        <source>a quote, a line end or half a character cannot separate fields</source>
        <translation>ein Anführungszeichen, ein Zeilenende oder ein halbes Zeichen kann keine Felder trennen</translation>
    </message>
    <message>
        <source>the file cannot be read (%1)</source>
        <translation>die Datei kann nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <source>the file cannot be read again from its start (%1)</source>
        <translation>die Datei kann nicht noch einmal von vorn gelesen werden (%1)</translation>
    </message>
    <message>
        <source>line %1: the file is not valid UTF-8 (byte 0x%2 at offset %3) although it starts with a UTF-8 byte order mark; save it as UTF-8 again</source>
        <translation>Zeile %1: Die Datei ist kein gültiges UTF-8 (Byte 0x%2 an Position %3), obwohl sie mit einer UTF-8-Byte-Order-Mark beginnt; speichern Sie sie erneut als UTF-8</translation>
    </message>
    <message>
        <source>line %1: the file is not valid UTF-8 (byte 0x%2 at offset %3); save it as UTF-8, or read it as Windows-1252</source>
        <translation>Zeile %1: Die Datei ist kein gültiges UTF-8 (Byte 0x%2 an Position %3); speichern Sie sie als UTF-8 oder lesen Sie sie als Windows-1252</translation>
    </message>
    <message>
        <source>line %1: the file is not valid UTF-16 (a lone surrogate 0x%2 at offset %3)</source>
        <translation>Zeile %1: Die Datei ist kein gültiges UTF-16 (ein einzelnes Surrogat 0x%2 an Position %3)</translation>
    </message>
    <message>
        <source>line %1: the file is not valid UTF-16 (it ends in the middle of a character)</source>
        <translation>Zeile %1: Die Datei ist kein gültiges UTF-16 (sie endet mitten in einem Zeichen)</translation>
    </message>
    <message>
        <source>line %1: the file is not valid UTF-8 (it ends in the middle of a character) although it starts with a UTF-8 byte order mark; save it as UTF-8 again</source>
        <translation>Zeile %1: Die Datei ist kein gültiges UTF-8 (sie endet mitten in einem Zeichen), obwohl sie mit einer UTF-8-Byte-Order-Mark beginnt; speichern Sie sie erneut als UTF-8</translation>
    </message>
    <message>
        <source>line %1: the file is not valid UTF-8 (it ends in the middle of a character); save it as UTF-8, or read it as Windows-1252</source>
        <translation>Zeile %1: Die Datei ist kein gültiges UTF-8 (sie endet mitten in einem Zeichen); speichern Sie sie als UTF-8 oder lesen Sie sie als Windows-1252</translation>
    </message>
    <message>
        <source>line %1: the file cannot be read any further (%2)</source>
        <translation>Zeile %1: Die Datei kann nicht weiter gelesen werden (%2)</translation>
    </message>
    <message>
        <source>line %1: text after the closing quote of a field; a quote inside a quoted field must be doubled (&quot;&quot;)</source>
        <translation>Zeile %1: Text nach dem schließenden Anführungszeichen eines Feldes; ein Anführungszeichen in einem Feld in Anführungszeichen muss verdoppelt werden (&quot;&quot;)</translation>
    </message>
    <message>
        <source>line %1: a quoted field is not closed; it starts on this line and runs to the end of the file</source>
        <translation>Zeile %1: Ein Feld in Anführungszeichen wird nicht geschlossen; es beginnt in dieser Zeile und reicht bis zum Ende der Datei</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 lässt sich nicht öffnen: %2</translation>
    </message>
    <message>
        <source>it is not an Admissions Desk database (not an SQLite file). The file was left unchanged.</source>
        <translation>Es ist keine Admissions-Desk-Datenbank (keine SQLite-Datei). Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>the SQLite driver could not open it</source>
        <translation>der SQLite-Treiber konnte sie nicht öffnen</translation>
    </message>
    <message>
        <source>the file is damaged or is not an SQLite database. The file was left unchanged.</source>
        <translation>Die Datei ist beschädigt oder keine SQLite-Datenbank. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>the file is damaged. The file was left unchanged.</source>
        <translation>Die Datei ist beschädigt. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>it is an SQLite database of another program, not an Admissions Desk database. The file was left unchanged.</source>
        <translation>Es ist die SQLite-Datenbank eines anderen Programms, keine Admissions-Desk-Datenbank. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>it was written by a newer Admissions Desk (schema version %1); this program knows schema versions up to %2. Install a newer Admissions Desk to open it. The file was left unchanged.</source>
        <translation>Sie wurde von einem neueren Admissions Desk geschrieben (Schemaversion %1); dieses Programm kennt Schemaversionen bis %2. Zum Öffnen bitte ein neueres Admissions Desk installieren. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>cannot configure the connection</source>
        <translation>die Verbindung lässt sich nicht einrichten</translation>
    </message>
    <message>
        <source>cannot switch it to write-ahead logging (is the folder read-only?)</source>
        <translation>Write-Ahead-Logging lässt sich nicht einschalten (ist der Ordner schreibgeschützt?)</translation>
    </message>
    <message>
        <source>cannot start the schema upgrade</source>
        <translation>die Aktualisierung des Schemas lässt sich nicht beginnen</translation>
    </message>
    <message>
        <source>the schema file %1 is missing from the program</source>
        <translation>dem Programm fehlt die Schemadatei %1</translation>
    </message>
    <message>
        <source>upgrading to schema version %1 failed; nothing was changed</source>
        <translation>die Aktualisierung auf Schemaversion %1 ist fehlgeschlagen; nichts wurde geändert</translation>
    </message>
    <message>
        <source>it is a folder, not a database file.</source>
        <translation>Es ist ein Ordner, keine Datenbankdatei.</translation>
    </message>
    <message>
        <source>there is no such file. Nothing was created.</source>
        <translation>Die Datei gibt es nicht. Nichts wurde angelegt.</translation>
    </message>
    <message>
        <source>the file is empty (0 bytes), so it is not a database. The file was left unchanged.</source>
        <translation>Die Datei ist leer (0 Byte), also keine Datenbank. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>cannot read it. The file was left unchanged.</source>
        <translation>Die Datei lässt sich nicht lesen. Sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>cannot switch it to write-ahead logging</source>
        <translation>Write-Ahead-Logging lässt sich nicht einschalten</translation>
    </message>
    <message>
        <source>no backup could be made before upgrading it from schema version %1, so the upgrade was not started. %2</source>
        <translation>Vor der Aktualisierung von Schemaversion %1 ließ sich keine Sicherung anlegen, deshalb wurde die Aktualisierung nicht begonnen. %2</translation>
    </message>
    <message>
        <source>it has schema version %1, older than this program&apos;s %2, and upgrading it needs write permission, which you do not have. The file was left unchanged.</source>
        <translation>Die Datenbank hat Schemaversion %1, älter als Version %2 dieses Programms, und ihre Aktualisierung braucht Schreibrechte, die Sie nicht haben. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>Der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>%1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>the file is damaged (%1). The file was left unchanged.</source>
        <translation>die Datei ist beschädigt (%1). Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>the file is damaged: %1. The file was left unchanged. Restore it from a backup.</source>
        <translation>die Datei ist beschädigt: %1. Die Datei wurde nicht verändert. Stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The check of %1 was stopped before its end.</source>
        <translation>Die Prüfung von %1 wurde vor ihrem Ende angehalten.</translation>
    </message>
</context>
<context>
    <name>DatabaseCheck</name>
    <message>
        <source>The integrity check could not run</source>
        <translation>Die Integritätsprüfung konnte nicht laufen</translation>
    </message>
    <message>
        <source>%1 row %2 refers to a %3 row that does not exist</source>
        <translation>%1-Zeile %2 verweist auf eine %3-Zeile, die es nicht gibt</translation>
    </message>
    <message>
        <source>Cohort %1 has %2 seats taken but only %3 seats</source>
        <translation>Kohorte %1 hat %2 belegte Plätze, aber nur %3 Plätze</translation>
    </message>
    <message>
        <source>Cohort %1 has %2 of %3 seats taken and %4 applications waiting</source>
        <translation>Kohorte %1 hat %2 von %3 Plätzen belegt und %4 wartende Bewerbungen</translation>
    </message>
    <message>
        <source>Application %1 (%2) has no status history</source>
        <translation>Bewerbung %1 (%2) hat keinen Statusverlauf</translation>
    </message>
    <message>
        <source>Application %1 is %2 but its last status event says %3</source>
        <translation>Bewerbung %1 ist %2, aber ihr letzter Statuseintrag sagt %3</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>Application %1: status event %2 starts from %3, but the event before it ended at %4</source>
        <translation>Bewerbung %1: Statuseintrag %2 beginnt bei %3, aber der Eintrag davor endete bei %4</translation>
    </message>
    <message>
        <source>Application %1 was qualified (%3) before it was made (%2)</source>
        <translation>Bewerbung %1 wurde qualifiziert (%3), bevor sie eingereicht wurde (%2)</translation>
    </message>
    <message>
        <source>The check could not run</source>
        <translation>Die Prüfung konnte nicht ausgeführt werden</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more like this</source>
        <translation>
            <numerusform>… und %n weiteres dieser Art</numerusform>
            <numerusform>… und %n weitere dieser Art</numerusform>
        </translation>
    </message>
    <message>
        <source>The table %2 can be rewritten: its guard %1 is missing (removed with another tool)</source>
        <translation>Die Tabelle %2 lässt sich umschreiben: Ihr Schutz %1 fehlt (mit einem anderen Werkzeug entfernt)</translation>
    </message>
    <message>
        <source>The audit trail could not be checked: %1</source>
        <translation>Das Prüfprotokoll konnte nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>Applicant %1 was erased on request, but personal values of theirs are in the file again</source>
        <translation>Bewerber:in %1 wurde auf Anfrage gelöscht, aber personenbezogene Werte dieser Person stehen wieder in der Datei</translation>
    </message>
    <message>
        <source>The fairness replay could not run: %1</source>
        <translation>Die Fairness-Nachprüfung konnte nicht laufen: %1</translation>
    </message>
    <message>
        <source>Status event %1 at %2 offered application %3 a seat of cohort %4 while application %5 was first in line</source>
        <translation>Statuseintrag %1 um %2 hat Bewerbung %3 einen Platz der Kohorte %4 angeboten, während Bewerbung %5 an erster Stelle stand</translation>
    </message>
    <message>
        <source>Application %1 counts in the reports as far as stage %2, but its history reached stage %3</source>
        <translation>Bewerbung %1 zählt in den Berichten bis Stufe %2, aber ihr Verlauf hat Stufe %3 erreicht</translation>
    </message>
    <message>
        <source>Application %1 has %2 ended stays in its history, but the time-in-stage report counts %3</source>
        <translation>Bewerbung %1 hat %2 beendete Aufenthalte in ihrem Verlauf, aber der Bericht „Verweildauer je Stufe“ zählt %3</translation>
    </message>
    <message>
        <source>Application %1&apos;s seats in the cohort fill report differ from its history in %2 seat moves</source>
        <translation>Die Plätze der Bewerbung %1 im Bericht zur Kohortenbelegung weichen in %2 Platzbewegungen von ihrem Verlauf ab</translation>
    </message>
    <message>
        <source>%1: the trigger %2 is missing (removed with another tool)</source>
        <translation>%1: Der Trigger %2 fehlt (mit einem anderen Werkzeug entfernt)</translation>
    </message>
    <message>
        <source>The applications list may sort some rows under an old name</source>
        <translation>Die Bewerbungsliste sortiert manche Zeilen womöglich unter einem alten Namen</translation>
    </message>
    <message>
        <source>The reports no longer follow the history</source>
        <translation>Die Berichte folgen dem Verlauf nicht mehr</translation>
    </message>
    <message>
        <source>The list&apos;s totals by status no longer follow the applications</source>
        <translation>Die Summen der Liste nach Status folgen den Bewerbungen nicht mehr</translation>
    </message>
    <message>
        <source>%1 applications have the status %2, but the list&apos;s totals say %3</source>
        <translation>%1 Bewerbungen haben den Status %2, aber die Summen der Liste sagen %3</translation>
    </message>
    <message>
        <source>The check could not run: %1</source>
        <translation>Die Prüfung konnte nicht laufen: %1</translation>
    </message>
    <message>
        <source>the integrity of the file</source>
        <translation>die Integrität der Datei</translation>
    </message>
    <message>
        <source>the references between rows</source>
        <translation>die Verweise zwischen Zeilen</translation>
    </message>
    <message>
        <source>the seats taken</source>
        <translation>die belegten Plätze</translation>
    </message>
    <message>
        <source>the waitlists</source>
        <translation>die Wartelisten</translation>
    </message>
    <message>
        <source>the status history</source>
        <translation>den Statusverlauf</translation>
    </message>
    <message>
        <source>the guards of the history</source>
        <translation>den Schutz des Verlaufs</translation>
    </message>
    <message>
        <source>the reports&apos; summaries</source>
        <translation>die Zusammenfassungen der Berichte</translation>
    </message>
    <message>
        <source>the list&apos;s totals by status</source>
        <translation>die Summen der Liste nach Status</translation>
    </message>
    <message>
        <source>the list&apos;s sort keys</source>
        <translation>die Sortierschlüssel der Liste</translation>
    </message>
    <message>
        <source>the dates</source>
        <translation>die Daten</translation>
    </message>
    <message>
        <source>the erasures</source>
        <translation>die Löschungen</translation>
    </message>
    <message>
        <source>the audit chain</source>
        <translation>die Kette des Prüfprotokolls</translation>
    </message>
    <message>
        <source>the fairness of every offer</source>
        <translation>die Fairness jedes Angebots</translation>
    </message>
    <message>
        <source>The check was cancelled: the file was not checked to the end.</source>
        <translation>Die Prüfung wurde abgebrochen: Die Datei wurde nicht bis zum Ende geprüft.</translation>
    </message>
    <message>
        <source>The check could not open the file a second time</source>
        <translation>Die Prüfung konnte die Datei nicht ein zweites Mal öffnen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>Application %1 counts in the job outcomes as graduated on %2, but its history says %3</source>
        <translation>Bewerbung %1 zählt in den Berufsergebnissen als am %2 abgeschlossen, ihr Verlauf sagt aber %3</translation>
    </message>
    <message>
        <source>Application %1 is on track %2, but the time-in-stage report counts some of its stays or its wait for a decision on another</source>
        <translation>Bewerbung %1 gehört zum Programm %2, aber der Bericht zur Verweildauer zählt einige ihrer Aufenthalte oder ihr Warten auf eine Entscheidung bei einem anderen</translation>
    </message>
</context>
<context>
    <name>DatabaseCommands</name>
    <message>
        <source>Create or upgrade the database; print its path and schema version.</source>
        <translation>Die Datenbank anlegen oder aktualisieren; Pfad und Schemaversion ausgeben.</translation>
    </message>
    <message>
        <source>Fill a new database with realistic demo data.</source>
        <translation>Eine neue Datenbank mit wirklichkeitsnahen Demodaten füllen.</translation>
    </message>
    <message>
        <source>Fills a new database with demo data: tracks, cohorts in every state, staff, mentors and N applicants whose applications cover every status, with their history. The same N and seed give the same data on the same day. Progress goes to stderr, the summary to stdout. A database that already has applicants is refused.</source>
        <translation>Füllt eine neue Datenbank mit Demodaten: Programme, Kohorten in jedem Zustand, Mitarbeiter:innen, Mentor:innen und N Bewerber:innen, deren Bewerbungen jeden Status abdecken, mit Verlauf. Dieselben N und Seed ergeben am selben Tag dieselben Daten. Der Fortschritt geht nach stderr, die Zusammenfassung nach stdout. Eine Datenbank, die schon Bewerber:innen hat, wird abgelehnt.</translation>
    </message>
    <message>
        <source>How many applicants to make (1 to %L1).</source>
        <translation>Wie viele Bewerber:innen angelegt werden (1 bis %L1).</translation>
    </message>
    <message>
        <source>The random seed (default 1).</source>
        <translation>Der Zufalls-Seed (Vorgabe 1).</translation>
    </message>
    <message>
        <source>Check the file and the admissions rules; exit 1 on problems.</source>
        <translation>Die Datei und die Zulassungsregeln prüfen; bei Problemen mit 1 beenden.</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation>Schemaversion: %1</translation>
    </message>
    <message>
        <source>seed-demo needs --applicants N.</source>
        <translation>seed-demo braucht --applicants N.</translation>
    </message>
    <message>
        <source>--applicants needs a whole number from 1 to %L1, not &apos;%2&apos;.</source>
        <translation>--applicants braucht eine ganze Zahl von 1 bis %L1, nicht &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>--seed needs a whole number from 0 to %1, not &apos;%2&apos;.</source>
        <translation>--seed braucht eine ganze Zahl von 0 bis %1, nicht &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>Seeding demo data: %1% (%2 of %3 applications)</source>
        <translation>Demodaten werden geschrieben: %1 % (%2 von %3 Bewerbungen)</translation>
    </message>
    <message>
        <source>Demo data written to %1 (seed %2):</source>
        <translation>Demodaten geschrieben nach %1 (Seed %2):</translation>
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
        <translation>Mitarbeiter:innen</translation>
    </message>
    <message>
        <source>Mentors</source>
        <translation>Mentor:innen</translation>
    </message>
    <message>
        <source>Applicants</source>
        <translation>Bewerber:innen</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Bewerbungen</translation>
    </message>
    <message>
        <source>Status events</source>
        <translation>Statuseinträge</translation>
    </message>
    <message>
        <source>Mentor assignments</source>
        <translation>Mentoring-Zuordnungen</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Aktivitäten</translation>
    </message>
    <message>
        <source>No problems found in %1.</source>
        <translation>Keine Probleme in %1 gefunden.</translation>
    </message>
    <message>
        <source>%1 has problems (%2 listed).</source>
        <translation>%1 hat Probleme (%2 aufgeführt).</translation>
    </message>
    <message>
        <source>Creates the database file (readable only by you) or upgrades it to the newest schema, then prints its path and schema version. With --admin, also makes the first administrator of a desk that has none (a new file, or one from before staff passwords), with a password asked twice on the terminal or read from --new-password-file.</source>
        <translation>Legt die Datenbankdatei an (nur für Sie lesbar) oder aktualisiert sie auf das neueste Schema und gibt dann Pfad und Schemaversion aus. Mit --admin wird außerdem die erste Administrator:in einer Datenbank angelegt, die noch keine hat (einer neuen Datei oder einer aus der Zeit vor den Passwörtern für Mitarbeiter:innen); ihr Passwort wird zweimal im Terminal abgefragt oder aus --new-password-file gelesen.</translation>
    </message>
    <message>
        <source>The first administrator&apos;s username.</source>
        <translation>Der Benutzername der ersten Administrator:in.</translation>
    </message>
    <message>
        <source>The administrator&apos;s name as the window shows it.</source>
        <translation>Der Name der Administrator:in, wie ihn das Fenster anzeigt.</translation>
    </message>
    <message>
        <source>Read the administrator&apos;s password from FILE (readable by you alone).</source>
        <translation>Das Passwort der Administrator:in aus FILE lesen (nur für Sie lesbar).</translation>
    </message>
    <message>
        <source>--display-name and --new-password-file go with --admin.</source>
        <translation>--display-name und --new-password-file gehören zu --admin.</translation>
    </message>
    <message>
        <source>This desk already has an administrator: they add staff with staff add.</source>
        <translation>Diese Datenbank hat bereits eine Administrator:in: Sie legt weitere Mitarbeiter:innen mit staff add an.</translation>
    </message>
    <message>
        <source>Administrator: %1</source>
        <translation>Administrator:in: %1</translation>
    </message>
    <message>
        <source>Prove that every seat went to the first in line; exit 1 if not.</source>
        <translation>Nachweisen, dass jeder Platz an die Bewerbung an erster Stelle ging; sonst mit 1 beenden.</translation>
    </message>
    <message>
        <source>Replays the whole status history cohort by cohort, rebuilding each waitlist in first-come-first-served order (queue time, applied time, id), and checks every offer: fair when it went to the first in line at that moment, or when nobody was waiting. Prints for each cohort the offers checked and every exception: when, the application offered, the one passed over and the status event that did it. Offers recorded before schema v15 do not say their cohort and are counted as not judged. Exits with status 1 when there is an exception.</source>
        <translation>Spielt den gesamten Statusverlauf Kohorte für Kohorte nach, baut dabei jede Warteliste in der Reihenfolge des Eingangs neu auf (Einreihungszeit, Bewerbungszeit, Nummer) und prüft jedes Angebot: fair, wenn es an die Bewerbung ging, die in diesem Moment an erster Stelle stand, oder wenn niemand wartete. Gibt für jede Kohorte die geprüften Angebote und jede Ausnahme aus: wann, welche Bewerbung das Angebot bekam, welche übergangen wurde und welcher Statuseintrag es bewirkte. Angebote, die vor Schema v15 erfasst wurden, nennen ihre Kohorte nicht und zählen als nicht bewertet. Endet mit Rückgabewert 1, wenn es eine Ausnahme gibt.</translation>
    </message>
    <message>
        <source>Only this cohort.</source>
        <translation>Nur diese Kohorte.</translation>
    </message>
    <message>
        <source>Cohort %1: offers checked: %2, exceptions: %3</source>
        <translation>Kohorte %1: geprüfte Angebote: %2, Ausnahmen: %3</translation>
    </message>
    <message>
        <source>Offers not judged (recorded before schema v15, without their cohort): %1</source>
        <translation>Nicht bewertete Angebote (vor Schema v15 erfasst, ohne ihre Kohorte): %1</translation>
    </message>
    <message>
        <source>Every offer checked went to the first in line, or was made while nobody was waiting.</source>
        <translation>Jedes geprüfte Angebot ging an die Bewerbung an erster Stelle oder wurde gemacht, während niemand wartete.</translation>
    </message>
    <message>
        <source>Offers that passed over the first in line: %1</source>
        <translation>Angebote, die die Bewerbung an erster Stelle übergangen haben: %1</translation>
    </message>
    <message>
        <source>Runs SQLite&apos;s integrity and foreign key checks and checks the admissions rules: seats taken within capacity, no waitlist next to a free seat, a status history that ends at each application&apos;s status and whose append-only guards are in place, no qualification before its application, an audit trail that holds (see audit verify), and every seat offered to the first in line (see fairness). Prints every problem and exits with status 1 when there is one. On a terminal, or with --progress, stderr says which part runs and how long each took; Ctrl+C stops the check, which then reports nothing.</source>
        <translation>Führt die Integritäts- und Fremdschlüsselprüfungen von SQLite aus und prüft die Zulassungsregeln: belegte Plätze innerhalb der Kapazität, keine Warteliste neben einem freien Platz, ein Statusverlauf, der beim Status jeder Bewerbung endet und dessen Schutz (nur Anfügen erlaubt) vorhanden ist, keine Qualifizierung vor der Bewerbung, ein intaktes Prüfprotokoll (siehe audit verify) und jeder Platz an die Bewerbung an erster Stelle angeboten (siehe fairness). Gibt jedes Problem aus und endet mit Rückgabewert 1, wenn es eines gibt. Auf einem Terminal oder mit --progress sagt stderr, welcher Teil läuft und wie lange jeder gedauert hat; Strg+C hält die Prüfung an, die dann nichts meldet.</translation>
    </message>
    <message>
        <source>Say on stderr which part of the check runs, also when stderr is not a terminal.</source>
        <translation>Auf stderr sagen, welcher Teil der Prüfung läuft, auch wenn stderr kein Terminal ist.</translation>
    </message>
    <message>
        <source>Checked %1 in %2 s.</source>
        <translation>%1 in %2 s geprüft.</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Prüfe %1…</translation>
    </message>
</context>
<context>
    <name>DatabaseRestore</name>
    <message>
        <source>Cannot restore %1: %2</source>
        <translation>%1 lässt sich nicht wiederherstellen: %2</translation>
    </message>
    <message>
        <source>there is no such database file. Nothing was changed.</source>
        <translation>Die Datenbankdatei gibt es nicht. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>another program has the database open (a window or a command). Close it and try again.</source>
        <translation>Ein anderes Programm hat die Datenbank geöffnet (ein Fenster oder ein Befehl). Schließen Sie es, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>another program is using the database. Close it and try again.</source>
        <translation>Ein anderes Programm verwendet die Datenbank. Schließen Sie es, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>the current file cannot be kept aside as %1.</source>
        <translation>Die bisherige Datei lässt sich nicht als %1 beiseitelegen.</translation>
    </message>
    <message>
        <source>the restored copy cannot be put in its place.</source>
        <translation>Die wiederhergestellte Kopie lässt sich nicht an ihre Stelle setzen.</translation>
    </message>
    <message>
        <source>%1 may not %2.</source>
        <translation>%1 ist nicht berechtigt, %2.</translation>
    </message>
    <message>
        <source>its log cannot be written into it</source>
        <translation>das Write-Ahead-Log lässt sich nicht in die Kopie zurückschreiben</translation>
    </message>
    <message>
        <source>the copy cannot be made ready: %1</source>
        <translation>Die Kopie lässt sich nicht vorbereiten: %1</translation>
    </message>
    <message>
        <source>the erasure of applicant %1 cannot be applied to it again: %2</source>
        <translation>die Löschung der Bewerber:in %1 lässt sich nicht erneut auf die Kopie anwenden: %2</translation>
    </message>
</context>
<context>
    <name>DateOrderScan</name>
    <message>
        <source>Dates: day first (line %1 has a day over 12).</source>
        <translation>Daten: Tag zuerst (Zeile %1 hat einen Tag über 12).</translation>
    </message>
    <message>
        <source>Dates: month first (line %1 has a day over 12).</source>
        <translation>Daten: Monat zuerst (Zeile %1 hat einen Tag über 12).</translation>
    </message>
</context>
<context>
    <name>DeferralQueueDialog</name>
    <message>
        <source>&amp;Keep the original qualification time</source>
        <translation>Ursprünglichen Qualifizierungszeitpunkt &amp;behalten</translation>
    </message>
    <message>
        <source>&amp;Queue from the time the deferral returns</source>
        <translation>Ab der &amp;Rückkehr aus der Zurückstellung einreihen</translation>
    </message>
    <message>
        <source>Deferral Queue</source>
        <translation>Einreihung nach Zurückstellung</translation>
    </message>
    <message>
        <source>A deferred application returns as qualified when its later cohort opens, and takes a seat or joins that cohort&apos;s waitlist. Its place in the queue there:</source>
        <translation>Eine zurückgestellte Bewerbung kehrt als qualifiziert zurück, wenn ihre spätere Kohorte öffnet, und bekommt einen Platz oder kommt auf die Warteliste dieser Kohorte. Ihr Platz in der Reihe dort:</translation>
    </message>
    <message>
        <source>The qualification time itself never changes; the queue time a deferral takes is kept on its return in the status history.</source>
        <translation>Der Qualifizierungszeitpunkt selbst ändert sich nie; die Einreihungszeit einer Zurückstellung wird bei ihrer Rückkehr im Statusverlauf festgehalten.</translation>
    </message>
</context>
<context>
    <name>DemoDataGenerator</name>
    <message>
        <source>The number of applicants must be between 1 and %L1.</source>
        <translation>Die Zahl der Bewerber:innen muss zwischen 1 und %L1 liegen.</translation>
    </message>
    <message>
        <source>Cannot start writing the demo data</source>
        <translation>Das Schreiben der Demodaten lässt sich nicht beginnen</translation>
    </message>
    <message>
        <source>The database already has applicants, cohorts or mentors; demo data goes only into a new database. Nothing was changed.</source>
        <translation>Die Datenbank hat bereits Bewerber:innen, Kohorten oder Mentor:innen; Demodaten kommen nur in eine neue Datenbank. Nichts wurde geändert.</translation>
    </message>
</context>
<context>
    <name>DemoStatement</name>
    <message>
        <source>Writing the demo data failed</source>
        <translation>Das Schreiben der Demodaten ist fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>DeskSettingsService</name>
    <message>
        <source>time zone: &quot;%1&quot; is not a time zone this computer knows; give an IANA name such as Europe/Berlin or Asia/Tokyo.</source>
        <translation>Zeitzone: „%1“ ist keine Zeitzone, die dieser Computer kennt; geben Sie einen IANA-Namen wie Europe/Berlin oder Asia/Tokyo an.</translation>
    </message>
    <message>
        <source>form: name the form&apos;s source, such as &quot;Gravity Forms&quot;.</source>
        <translation>Formular: Nennen Sie die Quelle des Formulars, etwa „Gravity Forms“.</translation>
    </message>
</context>
<context>
    <name>DigestingDevice</name>
    <message>
        <source>skipping bytes would leave them out of the digest</source>
        <translation>übersprungene Bytes würden im Hashwert fehlen</translation>
    </message>
</context>
<context>
    <name>EditConflictDialog</name>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>Changed Elsewhere</source>
        <translation>Anderswo geändert</translation>
    </message>
    <message>
        <source>Someone else saved this applicant while you were editing. For each field you both changed, choose the value to keep:</source>
        <translation>Jemand anderes hat diese Bewerber:in gespeichert, während Sie sie bearbeitet haben. Wählen Sie für jedes Feld, das Sie beide geändert haben, den Wert, der bleiben soll:</translation>
    </message>
    <message>
        <source>Yours: %1</source>
        <translation>Ihr Wert: %1</translation>
    </message>
    <message>
        <source>Saved elsewhere: %1</source>
        <translation>Anderswo gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>ExportCommands</name>
    <message>
        <source>Export applications as CSV.</source>
        <translation>Bewerbungen als CSV exportieren.</translation>
    </message>
    <message>
        <source>Only these statuses (machine names, comma-separated; may be repeated).</source>
        <translation>Nur diese Status (Maschinennamen, durch Komma getrennt; mehrfach möglich).</translation>
    </message>
    <message>
        <source>Only this career track.</source>
        <translation>Nur dieses Programm.</translation>
    </message>
    <message>
        <source>Only this cohort.</source>
        <translation>Nur diese Kohorte.</translation>
    </message>
    <message>
        <source>Only applications this staff user owns.</source>
        <translation>Nur Bewerbungen, die diese Mitarbeiter:in betreut.</translation>
    </message>
    <message>
        <source>Applied on or after this day (UTC).</source>
        <translation>Beworben an oder nach diesem Tag (UTC).</translation>
    </message>
    <message>
        <source>Applied on or before this day (UTC).</source>
        <translation>Beworben an oder vor diesem Tag (UTC).</translation>
    </message>
    <message>
        <source>The columns, comma-separated, or &apos;all&apos; (default: the window&apos;s columns).</source>
        <translation>Die Spalten, durch Komma getrennt, oder &apos;all&apos; (Vorgabe: die Spalten des Fensters).</translation>
    </message>
    <message>
        <source>comma (default), semicolon or tab.</source>
        <translation>comma (Vorgabe), semicolon oder tab.</translation>
    </message>
    <message>
        <source>Start with a UTF-8 byte-order mark, for Microsoft Excel.</source>
        <translation>Mit einer UTF-8-Byte-Order-Mark beginnen, für Microsoft Excel.</translation>
    </message>
    <message>
        <source>Write cells exactly as stored, formulas included (administrators only).</source>
        <translation>Zellen genau wie gespeichert schreiben, Formeln eingeschlossen (nur Administrator:innen).</translation>
    </message>
    <message>
        <source>Write to FILE (replaced only once the export is complete).</source>
        <translation>In DATEI schreiben (erst ersetzt, wenn der Export vollständig ist).</translation>
    </message>
    <message>
        <source>--delimiter must be comma, semicolon or tab, not &apos;%1&apos;.</source>
        <translation>--delimiter muss comma, semicolon oder tab sein, nicht &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--columns: unknown columns %1. The columns are: %2.</source>
        <translation>--columns: unbekannte Spalten %1. Die Spalten sind: %2.</translation>
    </message>
    <message>
        <source>--status: unknown status &apos;%1&apos;. The statuses are: %2.</source>
        <translation>--status: unbekannter Status &apos;%1&apos;. Die Status sind: %2.</translation>
    </message>
    <message>
        <source>--track: there is no track %1.</source>
        <translation>--track: Es gibt kein Programm %1.</translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; is not a date (YYYY-MM-DD).</source>
        <translation>--%1: &apos;%2&apos; ist kein Datum (JJJJ-MM-TT).</translation>
    </message>
    <message>
        <source>CSV (RFC 4180, UTF-8, CRLF line ends) with a header of column names. Cells that a spreadsheet would run as a formula (beginning with = + - @, tab or CR) get a leading apostrophe, which our own import takes off again. Without -o, the CSV goes to standard output.</source>
        <translation>CSV (RFC 4180, UTF-8, CRLF-Zeilenenden) mit einer Kopfzeile aus Spaltennamen. Zellen, die eine Tabellenkalkulation als Formel ausführen würde (beginnend mit = + - @, Tabulator oder CR), erhalten einen vorangestellten Apostroph, den unser eigener Import wieder entfernt. Ohne -o geht die CSV-Ausgabe auf die Standardausgabe.</translation>
    </message>
    <message>
        <source>Writes the applications in application id order; with no filter, every application.
The columns are: %1.</source>
        <translation>Schreibt die Bewerbungen in der Reihenfolge ihrer Nummern; ohne Filter alle Bewerbungen.
Die Spalten sind: %1.</translation>
    </message>
    <message>
        <source>Export the status history of applications as CSV.</source>
        <translation>Den Statusverlauf von Bewerbungen als CSV exportieren.</translation>
    </message>
    <message>
        <source>Writes every status change of the applications the filters select (with no filter, of every application), by application, oldest first. changed_by is the staff user, or &apos;desk&apos; for the desk&apos;s own moves (expired offers, seats offered from the waitlist).
The columns are: %1.</source>
        <translation>Schreibt jede Statusänderung der Bewerbungen, die die Filter auswählen (ohne Filter: aller Bewerbungen), nach Bewerbung geordnet, älteste zuerst. changed_by ist die Mitarbeiter:in oder &apos;desk&apos; für die eigenen Schritte des Systems (abgelaufene Angebote, an die Warteliste angebotene Plätze).
Die Spalten sind: %1.</translation>
    </message>
    <message>
        <source>Export the cohorts&apos; waitlists as CSV.</source>
        <translation>Die Wartelisten der Kohorten als CSV exportieren.</translation>
    </message>
    <message>
        <source>Writes each cohort&apos;s waitlist in the order seats are offered: first come, first served by qualification time, then application time. position is the place in line.
The columns are: %1.</source>
        <translation>Schreibt die Warteliste jeder Kohorte in der Reihenfolge, in der Plätze angeboten werden, also in der Reihenfolge des Eingangs: nach dem Zeitpunkt der Qualifizierung, dann nach dem Zeitpunkt der Bewerbung. position ist der Platz in der Reihe.
Die Spalten sind: %1.</translation>
    </message>
    <message>
        <source>Only this cohort&apos;s waitlist (default: every cohort&apos;s).</source>
        <translation>Nur die Warteliste dieser Kohorte (Vorgabe: die Wartelisten aller Kohorten).</translation>
    </message>
    <message>
        <source>applications</source>
        <translation>Bewerbungen</translation>
    </message>
    <message>
        <source>status changes</source>
        <translation>Statusänderungen</translation>
    </message>
    <message>
        <source>waitlisted applications</source>
        <translation>Bewerbungen auf Wartelisten</translation>
    </message>
    <message>
        <source>Exporting: %1% (%2 of %3 %4)</source>
        <translation>Export läuft: %1 % (%2 von %3 %4)</translation>
    </message>
    <message>
        <source>%1 %2 written to %3.</source>
        <translation>%1 %2 nach %3 geschrieben.</translation>
    </message>
    <message>
        <source>Only applicants whose name, email or phone contains TEXT (3 characters or more), or whose first name, last name or email starts with it (2 characters); digits are also an application id, listed first.</source>
        <translation>Nur Bewerber:innen, deren Name, E-Mail-Adresse oder Telefonnummer TEXT enthält (3 Zeichen oder mehr) oder deren Vorname, Nachname oder E-Mail-Adresse damit beginnt (2 Zeichen); Ziffern gelten außerdem als Nummer einer Bewerbung, die zuerst aufgeführt wird.</translation>
    </message>
    <message>
        <source>--search: the text is empty; leave --search out to export every application.</source>
        <translation>--search: Der Text ist leer; lassen Sie --search weg, um alle Bewerbungen zu exportieren.</translation>
    </message>
    <message>
        <source>--search: &apos;%1&apos; is too short; a search needs at least %2 characters (the start of a name or email, or an application id).</source>
        <translation>--search: &apos;%1&apos; ist zu kurz; eine Suche braucht mindestens %2 Zeichen (den Anfang eines Namens oder einer E-Mail-Adresse oder die Nummer einer Bewerbung).</translation>
    </message>
    <message>
        <source>Export the cohorts&apos; job outcomes as CSV (CIRR).</source>
        <translation>Die Vermittlungsergebnisse der Kohorten als CSV exportieren (CIRR).</translation>
    </message>
    <message>
        <source>Writes one row per graduate, by cohort and name, with their outcome in the manner of the CIRR standard: in_field_full_time, in_field_part_time_contract or out_of_field when placed (with the employer, the job title, the start date, the annual salary and the days from graduation to the start), still_seeking in job search, not_seeking, and not_reporting for a graduate who never began a job search.
The columns are: %1.</source>
        <translation>Schreibt eine Zeile pro Absolvent:in, nach Kohorte und Name geordnet, mit dem Ergebnis nach Art des CIRR-Standards: in_field_full_time, in_field_part_time_contract oder out_of_field bei einer Vermittlung (mit Arbeitgeber, Stellenbezeichnung, Startdatum, Jahresgehalt und den Tagen vom Abschluss bis zum Stellenantritt), still_seeking in der Jobsuche, not_seeking und not_reporting für Absolvent:innen, die nie eine Jobsuche begonnen haben.
Die Spalten sind: %1.</translation>
    </message>
    <message>
        <source>Only this cohort&apos;s graduates (default: every cohort&apos;s).</source>
        <translation>Nur die Absolvent:innen dieser Kohorte (Vorgabe: die aller Kohorten).</translation>
    </message>
    <message>
        <source>graduates</source>
        <translation>Absolvent:innen</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Komma ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Semikolon ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>For Microsoft &amp;Excel</source>
        <translation>Für Microsoft &amp;Excel</translation>
    </message>
    <message>
        <source>Starts the file with a byte order mark, so that Excel reads names with accents correctly. Other programs ignore it.</source>
        <translation>Beginnt die Datei mit einer Byte-Order-Mark, damit Excel Namen mit Akzenten richtig liest. Andere Programme ignorieren sie.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Trennzeichen:</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xportieren</translation>
    </message>
    <message>
        <source>Every cohort</source>
        <translation>Alle Kohorten</translation>
    </message>
    <message>
        <source>&amp;Cohort:</source>
        <translation>&amp;Kohorte:</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 gibt es schon. Möchten Sie die Datei ersetzen?</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Create it?</source>
        <translation>Den Ordner %1 gibt es nicht. Anlegen?</translation>
    </message>
    <message>
        <source>The folder %1 could not be created. Choose another folder.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden. Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>Files cannot be written in %1. Choose another folder.</source>
        <translation>In %1 können keine Dateien geschrieben werden. Wählen Sie einen anderen Ordner.</translation>
    </message>
</context>
<context>
    <name>ExportMenu</name>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>Applications on &amp;Screen…</source>
        <translation>&amp;Angezeigte Bewerbungen…</translation>
    </message>
    <message>
        <source>&amp;Everything…</source>
        <translation>A&amp;lles…</translation>
    </message>
    <message>
        <source>Status &amp;History…</source>
        <translation>Status&amp;verlauf…</translation>
    </message>
    <message>
        <source>&amp;Waitlists…</source>
        <translation>&amp;Wartelisten…</translation>
    </message>
    <message>
        <source>Export Applications on Screen</source>
        <translation>Angezeigte Bewerbungen exportieren</translation>
    </message>
    <message>
        <source>Export Everything</source>
        <translation>Alles exportieren</translation>
    </message>
    <message>
        <source>Export Status History</source>
        <translation>Statusverlauf exportieren</translation>
    </message>
    <message>
        <source>Export Waitlists</source>
        <translation>Wartelisten exportieren</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Export nach %1…</translation>
    </message>
    <message>
        <source>Export cancelled; %1 was not written.</source>
        <translation>Export abgebrochen; %1 wurde nicht geschrieben.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 was not written.</source>
        <translation>%1 wurde nicht geschrieben.</translation>
    </message>
    <message>
        <source>Applications exported to %1: %L2.</source>
        <translation>Bewerbungen nach %1 exportiert: %L2.</translation>
    </message>
    <message>
        <source>Status events exported to %1: %L2.</source>
        <translation>Statuseinträge nach %1 exportiert: %L2.</translation>
    </message>
    <message>
        <source>Waitlisted applications exported to %1: %L2.</source>
        <translation>Bewerbungen auf Wartelisten nach %1 exportiert: %L2.</translation>
    </message>
    <message>
        <source>Job &amp;Outcomes (CIRR)…</source>
        <translation>Vermittlungs&amp;ergebnisse (CIRR)…</translation>
    </message>
    <message>
        <source>Export Job Outcomes</source>
        <translation>Vermittlungsergebnisse exportieren</translation>
    </message>
    <message>
        <source>Graduates&apos; job outcomes exported to %1: %L2.</source>
        <translation>Vermittlungsergebnisse der Absolvent:innen nach %1 exportiert: %L2.</translation>
    </message>
</context>
<context>
    <name>ExportedFileNotice</name>
    <message>
        <source>Open Folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <source>Shows %1 in the file manager.</source>
        <translation>Zeigt %1 im Dateimanager.</translation>
    </message>
</context>
<context>
    <name>FileAccess</name>
    <message>
        <source>you do not have permission to read it (%1, owned by %2). The file was left unchanged.</source>
        <translation>Sie haben keine Leserechte für die Datei (%1, Eigentümer: %2). Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>it is read-only for you (%1, owned by %2). Nothing was changed. Make it writable (chmod u+w) or ask its owner.</source>
        <translation>Die Datei ist für Sie schreibgeschützt (%1, Eigentümer: %2). Nichts wurde geändert. Machen Sie sie beschreibbar (chmod u+w), oder fragen Sie die Eigentümer:in.</translation>
    </message>
    <message>
        <source>you cannot write in its folder %1, where SQLite keeps the file&apos;s write-ahead log (%2-wal). Nothing was changed. Move the file to a folder you can write, or ask for write permission on this one.</source>
        <translation>Sie können nicht in ihren Ordner %1 schreiben, in dem SQLite das Write-Ahead-Log der Datei ablegt (%2-wal). Nichts wurde geändert. Verschieben Sie die Datei in einen Ordner, in den Sie schreiben können, oder bitten Sie um Schreibrechte für diesen.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
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
    <message numerus="yes">
        <source>%n statuses</source>
        <translation>
            <numerusform>%n Status</numerusform>
            <numerusform>%n Status</numerusform>
        </translation>
    </message>
    <message>
        <source>Search name, email, phone or number (Ctrl+F)</source>
        <translation>Name, E-Mail, Telefon oder Nummer suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Type at least %1 characters to search; all applications are shown</source>
        <translation>Zum Suchen mindestens %1 Zeichen eingeben; alle Bewerbungen werden angezeigt</translation>
    </message>
    <message>
        <source>Application %1, or names and emails starting with “%1”</source>
        <translation>Bewerbung %1 oder Namen und E-Mail-Adressen, die mit „%1“ beginnen</translation>
    </message>
    <message>
        <source>Names and emails starting with “%1”</source>
        <translation>Namen und E-Mail-Adressen, die mit „%1“ beginnen</translation>
    </message>
</context>
<context>
    <name>FirstAdministratorDialog</name>
    <message>
        <source>First Administrator</source>
        <translation>Erste Administrator:in</translation>
    </message>
    <message>
        <source>&amp;Create Administrator</source>
        <translation>Administrator:in an&amp;legen</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Staff now sign in&lt;/h3&gt;This desk was used before Admissions Desk had sign-in. Choose its administrator: the administrator gives the other staff users their passwords and roles in Settings → Staff, and until then they cannot sign in.</source>
        <translation>&lt;h3&gt;Mitarbeiter:innen melden sich jetzt an&lt;/h3&gt;Diese Datenbank wurde schon verwendet, bevor Admissions Desk eine Anmeldung hatte. Bestimmen Sie die Administrator:in dieser Datenbank: Die Administrator:in vergibt unter Einstellungen → Mitarbeiter:innen die Passwörter und Rollen der anderen Mitarbeiter:innen; bis dahin können diese sich nicht anmelden.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Welcome to Admissions Desk&lt;/h3&gt;This desk has no staff accounts yet. Create its administrator: the administrator adds the other staff in Settings → Staff and chooses what each of them may do.</source>
        <translation>&lt;h3&gt;Willkommen bei Admissions Desk&lt;/h3&gt;Diese Datenbank hat noch keine Benutzerkonten für Mitarbeiter:innen. Legen Sie die Administrator:in dieser Datenbank an: Die Administrator:in fügt unter Einstellungen → Mitarbeiter:innen die anderen Mitarbeiter:innen hinzu und legt fest, was jede von ihnen darf.</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>&amp;Benutzername</translation>
    </message>
    <message>
        <source>&amp;Display name</source>
        <translation>&amp;Anzeigename</translation>
    </message>
    <message>
        <source>The staff user &lt;b&gt;%1&lt;/b&gt; (%2) becomes the administrator and needs a password: choose it below.</source>
        <translation>Die Mitarbeiter:in &lt;b&gt;%1&lt;/b&gt; (%2) wird Administrator:in und braucht ein Passwort: Wählen Sie es unten.</translation>
    </message>
    <message>
        <source>There is no staff user %1 on this desk yet: a new account is made for the administrator.</source>
        <translation>In dieser Datenbank gibt es noch keine Mitarbeiter:in %1: Für die Administrator:in wird ein neues Konto angelegt.</translation>
    </message>
</context>
<context>
    <name>FormPreset</name>
    <message>
        <source>%1: the form preset is not valid JSON: %2</source>
        <translation>%1: Die Formularvorlage ist kein gültiges JSON: %2</translation>
    </message>
    <message>
        <source>%1: the form preset has no name.</source>
        <translation>%1: Die Formularvorlage hat keinen Namen.</translation>
    </message>
    <message>
        <source>%1: the form preset names no header that recognises it.</source>
        <translation>%1: Die Formularvorlage nennt keine Spaltenüberschrift, an der sie erkannt wird.</translation>
    </message>
    <message>
        <source>%1: the column &quot;%2&quot; maps to &quot;%3&quot;, which is not a field.</source>
        <translation>%1: Die Spalte „%2“ wird „%3“ zugeordnet, das kein Feld ist.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a time zone.</source>
        <translation>%1: „%2“ ist keine Zeitzone.</translation>
    </message>
</context>
<context>
    <name>FunnelReport</name>
    <message>
        <source>By track</source>
        <translation>Nach Programm</translation>
    </message>
    <message>
        <source>By cohort</source>
        <translation>Nach Kohorte</translation>
    </message>
    <message>
        <source>By source</source>
        <translation>Nach Quelle</translation>
    </message>
    <message>
        <source>By campaign</source>
        <translation>Nach Kampagne</translation>
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
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Stufen</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Erreicht</translation>
    </message>
    <message>
        <source>% of previous</source>
        <translation>% der vorigen Stufe</translation>
    </message>
    <message>
        <source>% of applied</source>
        <translation>% aller Bewerbungen</translation>
    </message>
    <message>
        <source>Why people left</source>
        <translation>Warum Personen ausgestiegen sind</translation>
    </message>
    <message>
        <source>Status now</source>
        <translation>Aktueller Status</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Bewerbungen</translation>
    </message>
    <message>
        <source>Applied → enrolled %</source>
        <translation>Beworben → eingeschrieben %</translation>
    </message>
    <message>
        <source>An application reached a stage when its history entered that stage or a later one.</source>
        <translation>Eine Bewerbung hat eine Stufe erreicht, sobald ihr Verlauf in diese oder eine spätere Stufe eingetreten ist.</translation>
    </message>
</context>
<context>
    <name>GuaranteeCommands</name>
    <message>
        <source>Record a graduate&apos;s job and move the application to placed.</source>
        <translation>Die Stelle einer Absolvent:in erfassen und die Bewerbung nach placed verschieben.</translation>
    </message>
    <message>
        <source>Records the job of application APPLICATION (its id), a graduate in job search, and moves it to placed, in one step: `status set … placed` alone is refused. --outcome is one of: %1.</source>
        <translation>Erfasst die Stelle zur Bewerbung APPLICATION (ihre Nummer), einer Absolvent:in in der Jobsuche, und verschiebt sie in einem Schritt nach placed: `status set … placed` allein wird abgelehnt. --outcome ist eines von: %1.</translation>
    </message>
    <message>
        <source>The outcome (required).</source>
        <translation>Das Ergebnis (Pflichtangabe).</translation>
    </message>
    <message>
        <source>The employer (required).</source>
        <translation>Der Arbeitgeber (Pflichtangabe).</translation>
    </message>
    <message>
        <source>The job title (required).</source>
        <translation>Die Stellenbezeichnung (Pflichtangabe).</translation>
    </message>
    <message>
        <source>The first day of work, YYYY-MM-DD (required).</source>
        <translation>Der erste Arbeitstag, JJJJ-MM-TT (Pflichtangabe).</translation>
    </message>
    <message>
        <source>The annual salary, a whole number (optional).</source>
        <translation>Das Jahresgehalt, eine ganze Zahl (optional).</translation>
    </message>
    <message>
        <source>Log a graduate&apos;s weekly job-search check-in.</source>
        <translation>Den wöchentlichen Check-in zur Jobsuche einer Absolvent:in eintragen.</translation>
    </message>
    <message>
        <source>Logs the check-in of application APPLICATION (its id), a graduate in job search, with the number of job applications they sent that week. The cohort&apos;s guarantee may ask for one every week, and for a minimum of job applications; `show` says whether the graduate is still eligible.</source>
        <translation>Trägt den Check-in zur Bewerbung APPLICATION (ihre Nummer) ein, einer Absolvent:in in der Jobsuche, mit der Zahl der Stellenbewerbungen, die sie in dieser Woche verschickt hat. Die Garantie der Kohorte kann jede Woche einen Check-in und eine Mindestzahl an Stellenbewerbungen verlangen; `show` zeigt, ob die Absolvent:in noch anspruchsberechtigt ist.</translation>
    </message>
    <message>
        <source>Job applications sent that week (required).</source>
        <translation>In dieser Woche verschickte Stellenbewerbungen (Pflichtangabe).</translation>
    </message>
    <message>
        <source>The day of the check-in, YYYY-MM-DD (default today, UTC).</source>
        <translation>Der Tag des Check-ins, JJJJ-MM-TT (Vorgabe: heute, UTC).</translation>
    </message>
    <message>
        <source>What the graduate said (optional).</source>
        <translation>Was die Absolvent:in gesagt hat (optional).</translation>
    </message>
    <message>
        <source>List the graduates whose job guarantee period ended unplaced.</source>
        <translation>Die Absolvent:innen auflisten, deren Jobgarantie ohne Vermittlung abgelaufen ist.</translation>
    </message>
    <message>
        <source>Lists the graduates still in job search whose guarantee period has ended, the earliest end first, eligible or not, for the guarantee decision: the application, the graduate, the cohort, when the search began and ended, and whether they kept the cohort&apos;s terms (and if not, which weeks did not).</source>
        <translation>Listet für die Garantieentscheidung die Absolvent:innen auf, die noch in der Jobsuche sind und deren Garantiezeitraum abgelaufen ist, das früheste Ende zuerst, ob anspruchsberechtigt oder nicht: die Bewerbung, die Absolvent:in, die Kohorte, wann die Suche begann und endete und ob die Bedingungen der Kohorte eingehalten wurden (und wenn nicht, in welchen Wochen nicht).</translation>
    </message>
    <message>
        <source>Change a cohort&apos;s job guarantee terms.</source>
        <translation>Die Bedingungen der Jobgarantie einer Kohorte ändern.</translation>
    </message>
    <message>
        <source>Sets the job guarantee of cohort NAME: how many days it covers from the start of a graduate&apos;s job search, and what a graduate does every week to stay eligible. Options not given stay as they are; with none, prints the terms.</source>
        <translation>Legt die Jobgarantie der Kohorte NAME fest: wie viele Tage ab Beginn der Jobsuche einer Absolvent:in sie umfasst und was eine Absolvent:in jede Woche tut, um anspruchsberechtigt zu bleiben. Nicht angegebene Optionen bleiben, wie sie sind; ohne Optionen werden die Bedingungen ausgegeben.</translation>
    </message>
    <message>
        <source>APPLICATION must be an application id (a whole number), not &apos;%1&apos;.</source>
        <translation>APPLICATION muss die Nummer einer Bewerbung sein (eine ganze Zahl), nicht &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--outcome must be one of %1, not &apos;%2&apos;.</source>
        <translation>--outcome muss eines von %1 sein, nicht &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>--salary must be a whole number of at least 0, not &apos;%1&apos;.</source>
        <translation>--salary muss eine ganze Zahl ab 0 sein, nicht &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The placement is not complete: %1</source>
        <translation>Die Angaben zur Vermittlung sind unvollständig: %1</translation>
    </message>
    <message>
        <source>Application %1: placed (%2) as %3 at %4 from %5</source>
        <translation>Bewerbung %1: vermittelt (%2) als %3 bei %4 ab %5</translation>
    </message>
    <message>
        <source>Say how many job applications were sent with --applications N.</source>
        <translation>Geben Sie mit --applications N an, wie viele Stellenbewerbungen verschickt wurden.</translation>
    </message>
    <message>
        <source>Application %1: check-in logged (activity %2), job applications: %3</source>
        <translation>Bewerbung %1: Check-in eingetragen (Aktivität %2), Stellenbewerbungen: %3</translation>
    </message>
    <message>
        <source>Eligibility: %1</source>
        <translation>Anspruch: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Bewerbung</translation>
    </message>
    <message>
        <source>Graduate</source>
        <translation>Absolvent:in</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Kohorte</translation>
    </message>
    <message>
        <source>Search began</source>
        <translation>Beginn der Suche</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Anspruch</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>No guarantee decision is due: no job search ended unplaced.</source>
        <translation>Keine Garantieentscheidung fällig: Keine Jobsuche ist ohne Vermittlung abgelaufen.</translation>
    </message>
    <message>
        <source>Cohort %1: job guarantee of %2 days; check-in: %3; job applications a week: at least %4</source>
        <translation>Kohorte %1: Jobgarantie über %2 Tage; Check-in: %3; Stellenbewerbungen pro Woche: mindestens %4</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>wöchentlich</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
</context>
<context>
    <name>GuaranteeDueDialog</name>
    <message>
        <source>Application</source>
        <translation>Bewerbung</translation>
    </message>
    <message>
        <source>Graduate</source>
        <translation>Absolvent:in</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Kohorte</translation>
    </message>
    <message>
        <source>Search began</source>
        <translation>Beginn der Suche</translation>
    </message>
    <message>
        <source>Period ended</source>
        <translation>Ende der Garantie</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Anspruch</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Guarantee decisions due</source>
        <translation>Fällige Garantieentscheidungen</translation>
    </message>
    <message>
        <source>Guarantee Decisions Due</source>
        <translation>Fällige Garantieentscheidungen</translation>
    </message>
    <message>
        <source>The job searches cannot be read: %1</source>
        <translation>Die Jobsuchen lassen sich nicht lesen: %1</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>No guarantee decision is due: no job search ended unplaced.</source>
        <translation>Keine Garantieentscheidung fällig: Keine Jobsuche ist ohne Vermittlung abgelaufen.</translation>
    </message>
    <message>
        <source>Job searches ended without a placement: %L1. Enter or a double click shows the application.</source>
        <translation>Ohne Vermittlung abgelaufene Jobsuchen: %L1. Enter oder ein Doppelklick zeigt die Bewerbung.</translation>
    </message>
</context>
<context>
    <name>GuaranteeEligibility</name>
    <message>
        <source>week %1 (%2 to %3)</source>
        <translation>Woche %1 (%2 bis %3)</translation>
    </message>
    <message>
        <source>%1: no check-in</source>
        <translation>%1: kein Check-in</translation>
    </message>
    <message>
        <source>%1: job applications sent: %2 of at least %3</source>
        <translation>%1: verschickte Stellenbewerbungen: %2 von mindestens %3</translation>
    </message>
    <message>
        <source>eligible (weeks kept: %1)</source>
        <translation>anspruchsberechtigt (eingehaltene Wochen: %1)</translation>
    </message>
    <message>
        <source>not eligible: %1</source>
        <translation>nicht anspruchsberechtigt: %1</translation>
    </message>
</context>
<context>
    <name>GuaranteeOptions</name>
    <message>
        <source>Days the job guarantee covers from the start of a graduate&apos;s job search (1 to %1; default %2).</source>
        <translation>Tage, die die Jobgarantie ab Beginn der Jobsuche einer Absolvent:in umfasst (1 bis %1; Vorgabe %2).</translation>
    </message>
    <message>
        <source>&apos;weekly&apos;: a graduate checks in every week to stay eligible; &apos;none&apos;: no check-in is asked (default weekly).</source>
        <translation>&apos;weekly&apos;: Eine Absolvent:in meldet sich jede Woche mit einem Check-in, um anspruchsberechtigt zu bleiben; &apos;none&apos;: Es wird kein Check-in verlangt (Vorgabe weekly).</translation>
    </message>
    <message>
        <source>Job applications a graduate sends every week to stay eligible (0: no minimum; the default).</source>
        <translation>Stellenbewerbungen, die eine Absolvent:in jede Woche verschickt, um anspruchsberechtigt zu bleiben (0: kein Minimum; die Vorgabe).</translation>
    </message>
    <message>
        <source>--check-in must be weekly or none, not &apos;%1&apos;.</source>
        <translation>--check-in muss weekly oder none sein, nicht &apos;%1&apos;.</translation>
    </message>
</context>
<context>
    <name>GuaranteeStanding</name>
    <message>
        <source>since %1; the guarantee (%2 days) ended %3</source>
        <translation>seit %1; die Garantie (%2 Tage) endete am %3</translation>
    </message>
    <message>
        <source>since %1; the guarantee (%2 days) ends %3</source>
        <translation>seit %1; die Garantie (%2 Tage) endet am %3</translation>
    </message>
    <message>
        <source>%1: %2 at %3 from %4</source>
        <translation>%1: %2 bei %3 ab %4</translation>
    </message>
    <message>
        <source>, salary %1</source>
        <translation>, Gehalt %1</translation>
    </message>
</context>
<context>
    <name>ImportCommands</name>
    <message>
        <source>Import applications from a CSV file (- for standard input).</source>
        <translation>Bewerbungen aus einer CSV-Datei importieren (- für die Standardeingabe).</translation>
    </message>
    <message>
        <source>Check every row and write nothing.</source>
        <translation>Jede Zeile prüfen und nichts schreiben.</translation>
    </message>
    <message>
        <source>An applicant already in the database (same email or phone): skip the row (default), update the applicant from the row&apos;s non-empty cells and add the application, or count the row as an error.</source>
        <translation>Eine Bewerber:in, die schon in der Datenbank ist (gleiche E-Mail-Adresse oder Telefonnummer): die Zeile überspringen (Vorgabe), die Bewerber:in aus den nicht leeren Zellen der Zeile aktualisieren und die Bewerbung hinzufügen oder die Zeile als Fehler zählen.</translation>
    </message>
    <message>
        <source>A JSON object from the file&apos;s column names to fields, over the automatic mapping, e.g. {&quot;Vorname&quot;: &quot;first_name&quot;, &quot;Internal ID&quot;: &quot;&quot;}. The fields are: %1.</source>
        <translation>Ein JSON-Objekt, das Spaltennamen der Datei Feldern zuordnet und die automatische Zuordnung übersteuert, z. B. {&quot;Vorname&quot;: &quot;first_name&quot;, &quot;Internal ID&quot;: &quot;&quot;}. Die Felder sind: %1.</translation>
    </message>
    <message>
        <source>Write the good rows and list the bad ones that were left out.</source>
        <translation>Die fehlerfreien Zeilen schreiben und die ausgelassenen fehlerhaften auflisten.</translation>
    </message>
    <message>
        <source>comma, semicolon or tab, instead of detecting it.</source>
        <translation>comma, semicolon oder tab, statt das Trennzeichen zu erkennen.</translation>
    </message>
    <message>
        <source>Take cells exactly as written, for a file exported with --raw. Without it, a cell our export neutralised with an apostrophe (&apos;=…) is read back without it.</source>
        <translation>Zellen genau wie geschrieben übernehmen, für eine mit --raw exportierte Datei. Ohne diese Option wird eine Zelle, die unser Export mit einem Apostroph entschärft hat (&apos;=…), ohne den Apostroph zurückgelesen.</translation>
    </message>
    <message>
        <source>Read a file that is not valid UTF-8 as Windows-1252 (as older Excel versions save CSV) instead of refusing it.</source>
        <translation>Eine Datei, die kein gültiges UTF-8 ist, als Windows-1252 lesen (so speichern ältere Excel-Versionen CSV), statt sie abzulehnen.</translation>
    </message>
    <message>
        <source>--on-duplicate must be skip, update or error, not &apos;%1&apos;.</source>
        <translation>--on-duplicate muss skip, update oder error sein, nicht &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--delimiter must be comma, semicolon or tab, not &apos;%1&apos;.</source>
        <translation>--delimiter muss comma, semicolon oder tab sein, nicht &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Cannot read the mapping %1: %2</source>
        <translation>Die Zuordnung %1 lässt sich nicht lesen: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 lässt sich nicht lesen: %2</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>Standardeingabe</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>Dublette</translation>
    </message>
    <message>
        <source>Importing: %1%</source>
        <translation>Import läuft: %1 %</translation>
    </message>
    <message>
        <source>%1 is not UTF-8: it was read as Windows-1252.</source>
        <translation>%1 ist kein UTF-8: Die Datei wurde als Windows-1252 gelesen.</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(nicht importiert)</translation>
    </message>
    <message>
        <source>Columns: %1</source>
        <translation>Spalten: %1</translation>
    </message>
    <message>
        <source>Dry run: nothing was written; the import would succeed.</source>
        <translation>Probelauf: Nichts wurde geschrieben; der Import würde gelingen.</translation>
    </message>
    <message>
        <source>Dry run: nothing was written; the bad rows would stop the import (or be left out with --skip-bad-rows).</source>
        <translation>Probelauf: Nichts wurde geschrieben; die fehlerhaften Zeilen würden den Import verhindern (oder mit --skip-bad-rows ausgelassen werden).</translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation>Importiert.</translation>
    </message>
    <message>
        <source>Every row is read; writing the history and the search index…</source>
        <translation>Alle Zeilen sind gelesen; Verlauf und Suchindex werden geschrieben…</translation>
    </message>
    <message>
        <source>Nothing was written: fix the bad rows listed above, or import the other rows with --skip-bad-rows.</source>
        <translation>Nichts wurde geschrieben: Korrigieren Sie die oben aufgeführten fehlerhaften Zeilen, oder importieren Sie die übrigen Zeilen mit --skip-bad-rows.</translation>
    </message>
    <message>
        <source>Imported; the bad rows listed above were left out.</source>
        <translation>Importiert; die oben aufgeführten fehlerhaften Zeilen wurden ausgelassen.</translation>
    </message>
    <message>
        <source>Reads applications from CSV: the web application form&apos;s export, or our own export. Each row is one application of one applicant and starts in status applied. Columns are recognised by their header (first_name or &quot;First Name&quot;, email or &quot;Email Address&quot; or &quot;E-mail&quot;, phone or &quot;Phone Number&quot;, track or &quot;Career Track&quot; or &quot;Program&quot;, &quot;Full Name&quot;, applied_at or &quot;Timestamp&quot; or &quot;Submitted At&quot;, and the other columns of our export). The exports of Gravity Forms, WPForms, Contact Form 7 (Flamingo), Ninja Forms, Google Forms, Microsoft Forms, Typeform, Jotform, HubSpot and Tally are recognised by their own columns (the command says which tool it recognised). A column no field takes (a question of the form such as &quot;Why do you want to join?&quot;) is kept in the notes, each answer under its question. --mapping corrects the mapping. Required: a name, an email and a career track (its code or name).
The file is UTF-8 (with or without a byte order mark) or UTF-16 with a byte order mark; its delimiter (comma, semicolon or tab) is detected. Times without a zone are in the form&apos;s time zone (form-time-zone; the bootcamp&apos;s unless set), or in UTC for the form builders that write UTC. Dates are read as the tools write them (ISO 8601 with or without an offset, &quot;2026-11-30 14:02:11&quot;, &quot;Nov 30, 2026&quot;, &quot;30 Nov 2026 2:02 PM&quot;, 24.11.2026, and numbers with slashes); whether numbers with slashes are day first or month first is decided from the whole column (a first number over 12 is a day), and a file whose every date could be either is refused unless --date-order says.
All or nothing: one bad row means nothing is written, unless --skip-bad-rows. Every problem is listed as FILE:LINE: COLUMN: reason. Importing the same file again changes nothing.
Exit status: 0 when the rows were written (or a dry run found no problem), 1 when nothing was written because of problems, 2 for a wrong command line.</source>
        <translation>Liest Bewerbungen aus CSV: dem Export des Web-Bewerbungsformulars oder unserem eigenen Export. Jede Zeile ist eine Bewerbung einer Person und beginnt im Status „beworben“. Spalten werden an ihrer Überschrift erkannt (first_name oder „First Name“, email oder „Email Address“ oder „E-mail“, phone oder „Phone Number“, track oder „Career Track“ oder „Program“, „Full Name“, applied_at oder „Timestamp“ oder „Submitted At“ und die übrigen Spalten unseres Exports). Die Exporte von Gravity Forms, WPForms, Contact Form 7 (Flamingo), Ninja Forms, Google Forms, Microsoft Forms, Typeform, Jotform, HubSpot und Tally werden an ihren eigenen Spalten erkannt (der Befehl sagt, welches Werkzeug er erkannt hat). Eine Spalte, die kein Feld aufnimmt (eine Frage des Formulars wie „Why do you want to join?“), bleibt in den Notizen erhalten, jede Antwort unter ihrer Frage. --mapping korrigiert die Zuordnung. Erforderlich: ein Name, eine E-Mail-Adresse und ein Programm (sein Kürzel oder Name).
Die Datei ist UTF-8 (mit oder ohne Byte-Order-Mark) oder UTF-16 mit Byte-Order-Mark; ihr Trennzeichen (Komma, Semikolon oder Tabulator) wird erkannt. Zeiten ohne Zone gelten in der Zeitzone des Formulars (form-time-zone; sonst die des Bootcamps) oder in UTC bei Formularwerkzeugen, die UTC schreiben. Daten werden gelesen, wie die Werkzeuge sie schreiben (ISO 8601 mit oder ohne Versatz, „2026-11-30 14:02:11“, „Nov 30, 2026“, „30 Nov 2026 2:02 PM“, 24.11.2026 und Zahlen mit Schrägstrichen); ob Zahlen mit Schrägstrichen mit dem Tag oder dem Monat beginnen, entscheidet die ganze Spalte (eine erste Zahl über 12 ist ein Tag), und eine Datei, deren Daten alle beides sein könnten, wird abgelehnt, außer --date-order sagt es.
Alles oder nichts: Eine fehlerhafte Zeile bedeutet, dass nichts geschrieben wird, außer mit --skip-bad-rows. Jedes Problem wird als DATEI:ZEILE: SPALTE: Grund aufgeführt. Derselbe Import ein zweites Mal ändert nichts.
Exit-Status: 0, wenn die Zeilen geschrieben wurden (oder ein Probelauf kein Problem fand), 1, wenn wegen Problemen nichts geschrieben wurde, 2 bei einer falschen Befehlszeile.</translation>
    </message>
    <message>
        <source>Also import the form&apos;s entries older than the last one imported from the same form builder that the desk does not have. By default only the entries since then are imported (the weekly routine).</source>
        <translation>Auch die Einträge des Formulars importieren, die älter sind als der zuletzt importierte desselben Formularwerkzeugs und die der Desk noch nicht hat. Standardmäßig werden nur die Einträge seitdem importiert (die wöchentliche Routine).</translation>
    </message>
    <message>
        <source>Numeric dates with slashes are day first (dmy: 30/11/2026) or month first (mdy: 11/30/2026), instead of deciding it from the file.</source>
        <translation>Numerische Daten mit Schrägstrichen beginnen mit dem Tag (dmy: 30/11/2026) oder dem Monat (mdy: 11/30/2026), statt es aus der Datei zu entscheiden.</translation>
    </message>
    <message>
        <source>--date-order must be dmy or mdy, not &apos;%1&apos;.</source>
        <translation>--date-order muss dmy oder mdy sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>Nothing was written: give --date-order dmy (day first) or mdy (month first).</source>
        <translation>Nichts wurde geschrieben: Geben Sie --date-order dmy (Tag zuerst) oder mdy (Monat zuerst) an.</translation>
    </message>
</context>
<context>
    <name>ImportCountsView</name>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
</context>
<context>
    <name>ImportFilePage</name>
    <message>
        <source>Choose the File</source>
        <translation>Datei wählen</translation>
    </message>
    <message>
        <source>A CSV file of applications: the web form&apos;s export, a spreadsheet saved as CSV, or an export of Admissions Desk.</source>
        <translation>Eine CSV-Datei mit Bewerbungen: der Export des Webformulars, eine als CSV gespeicherte Tabelle oder ein Export von Admissions Desk.</translation>
    </message>
    <message>
        <source>Path of a .csv file</source>
        <translation>Pfad einer .csv-Datei</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Automatisch erkennen</translation>
    </message>
    <message>
        <source>Read files that are not UTF-8 as &amp;Windows-1252</source>
        <translation>Dateien, die nicht UTF-8 sind, als Windows-1252 &amp;lesen</translation>
    </message>
    <message>
        <source>Older versions of Excel save CSV files in Windows-1252. Without this, such a file is refused rather than read with wrong letters.</source>
        <translation>Ältere Excel-Versionen speichern CSV-Dateien in Windows-1252. Ohne diese Option wird eine solche Datei abgelehnt, statt mit falschen Buchstaben gelesen zu werden.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Trennzeichen:</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>UTF-8 with byte order mark</source>
        <translation>UTF-8 mit Byte-Order-Mark</translation>
    </message>
    <message>
        <source>UTF-16 (little endian)</source>
        <translation>UTF-16 (Little Endian)</translation>
    </message>
    <message>
        <source>UTF-16 (big endian)</source>
        <translation>UTF-16 (Big Endian)</translation>
    </message>
    <message>
        <source>Windows-1252 (it is not UTF-8)</source>
        <translation>Windows-1252 (kein UTF-8)</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Komma ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Semikolon ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>Import Applications</source>
        <translation>Bewerbungen importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Encoding: %1&lt;br&gt;Delimiter: %2&lt;br&gt;Columns: %3</source>
        <translation>Kodierung: %1&lt;br&gt;Trennzeichen: %2&lt;br&gt;Spalten: %3</translation>
    </message>
    <message>
        <source>&lt;b&gt;This file cannot be read.&lt;/b&gt;&lt;br&gt;%1</source>
        <translation>&lt;b&gt;Diese Datei lässt sich nicht lesen.&lt;/b&gt;&lt;br&gt;%1</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Day first (30/11/2026)</source>
        <translation>Tag zuerst (30/11/2026)</translation>
    </message>
    <message>
        <source>Month first (11/30/2026)</source>
        <translation>Monat zuerst (11/30/2026)</translation>
    </message>
    <message>
        <source>Every date of the file could be read either way (no number is over 12): say how the form writes them.</source>
        <translation>Jedes Datum der Datei lässt sich auf beide Arten lesen (keine Zahl ist über 12): Geben Sie an, wie das Formular sie schreibt.</translation>
    </message>
    <message>
        <source>Dates are &amp;written:</source>
        <translation>Daten sind &amp;geschrieben:</translation>
    </message>
    <message>
        <source>Dates: every one could be day first or month first (line %1: %2); choose above how the form writes them.</source>
        <translation>Daten: Jedes könnte mit dem Tag oder dem Monat beginnen (Zeile %1: %2); wählen Sie oben, wie das Formular sie schreibt.</translation>
    </message>
</context>
<context>
    <name>ImportIssueModel</name>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Bad row</source>
        <translation>Fehlerhafte Zeile</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dublette</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>ImportMapping</name>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Full name (split into first and last)</source>
        <translation>Vollständiger Name (in Vor- und Nachname geteilt)</translation>
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
        <source>Career track</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Kohorte</translation>
    </message>
    <message>
        <source>Applied at</source>
        <translation>Beworben am</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
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
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>Referrer</source>
        <translation>Empfohlen von</translation>
    </message>
    <message>
        <source>Consent to keep data</source>
        <translation>Einwilligung zur Datenaufbewahrung</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>No column is imported as the name: choose first and last name, or a full name.</source>
        <translation>Keine Spalte wird als Name importiert: Wählen Sie Vor- und Nachname oder einen vollständigen Namen.</translation>
    </message>
    <message>
        <source>Choose either a full name or first and last name, not both.</source>
        <translation>Wählen Sie entweder einen vollständigen Namen oder Vor- und Nachname, nicht beides.</translation>
    </message>
    <message>
        <source>No column is imported as the email, which is required.</source>
        <translation>Keine Spalte wird als E-Mail-Adresse importiert, obwohl sie eine Pflichtangabe ist.</translation>
    </message>
    <message>
        <source>No column is imported as the career track, which is required.</source>
        <translation>Keine Spalte wird als Programm importiert, obwohl es eine Pflichtangabe ist.</translation>
    </message>
    <message>
        <source>%1 is imported from more than one column: %2.</source>
        <translation>%1 wird aus mehr als einer Spalte importiert: %2.</translation>
    </message>
    <message>
        <source>%1:%2: the mapping is not valid JSON: %3</source>
        <translation>%1:%2: Die Zuordnung ist kein gültiges JSON: %3</translation>
    </message>
    <message>
        <source>%1: the mapping must be a JSON object from column names to fields, such as {&quot;Email Address&quot;: &quot;email&quot;, &quot;Internal ID&quot;: &quot;&quot;}.</source>
        <translation>%1: Die Zuordnung muss ein JSON-Objekt sein, das Spaltennamen Feldern zuordnet, etwa {&quot;Email Address&quot;: &quot;email&quot;, &quot;Internal ID&quot;: &quot;&quot;}.</translation>
    </message>
    <message>
        <source>%1: the column &quot;%2&quot; must map to a field name (text) or &quot;&quot;.</source>
        <translation>%1: Die Spalte „%2“ muss einem Feldnamen (Text) oder &quot;&quot; zugeordnet sein.</translation>
    </message>
    <message>
        <source>%1: the column &quot;%2&quot; maps to &quot;%3&quot;, which is not a field. The fields are: %4.</source>
        <translation>%1: Die Spalte „%2“ ist „%3“ zugeordnet, aber das ist kein Feld. Die Felder sind: %4.</translation>
    </message>
    <message>
        <source>the header names two columns &quot;%1&quot; (columns %2 and %3); give each column its own name</source>
        <translation>die Kopfzeile nennt zwei Spalten „%1“ (Spalten %2 und %3); geben Sie jeder Spalte einen eigenen Namen</translation>
    </message>
    <message>
        <source>Form entry id</source>
        <translation>Eintragsnummer des Formulars</translation>
    </message>
    <message>
        <source>An answer kept in the notes</source>
        <translation>Eine Antwort, in den Notizen behalten</translation>
    </message>
    <message>
        <source>Recognised: a %1 export.</source>
        <translation>Erkannt: ein Export von %1.</translation>
    </message>
</context>
<context>
    <name>ImportMappingPage</name>
    <message>
        <source>Match the Columns</source>
        <translation>Spalten zuordnen</translation>
    </message>
    <message>
        <source>Choose the field each column of the file is imported into. A name, an email and a career track are required.</source>
        <translation>Wählen Sie für jede Spalte der Datei das Feld, in das sie importiert wird. Name, E-Mail-Adresse und Programm sind Pflichtangaben.</translation>
    </message>
    <message>
        <source>the saved mapping</source>
        <translation>die gespeicherte Zuordnung</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Spalte in der Datei</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Werte</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Importiert als</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(nicht importiert)</translation>
    </message>
    <message>
        <source>This column of an Admissions Desk export is not imported: imported applications are new, in status applied.</source>
        <translation>Diese Spalte eines Admissions-Desk-Exports wird nicht importiert: Importierte Bewerbungen sind neu, im Status „Beworben“.</translation>
    </message>
    <message>
        <source>the chosen mapping</source>
        <translation>die gewählte Zuordnung</translation>
    </message>
</context>
<context>
    <name>ImportPreviewPage</name>
    <message>
        <source>Check the Rows</source>
        <translation>Zeilen prüfen</translation>
    </message>
    <message>
        <source>Every row has been checked; nothing is written before you choose Import.</source>
        <translation>Jede Zeile wurde geprüft; nichts wird geschrieben, bevor Sie „Importieren“ wählen.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Skip the row</source>
        <translation>Zeile überspringen</translation>
    </message>
    <message>
        <source>Update the applicant from the row</source>
        <translation>Bewerber:in aus der Zeile aktualisieren</translation>
    </message>
    <message>
        <source>Count the row as bad</source>
        <translation>Zeile als fehlerhaft zählen</translation>
    </message>
    <message>
        <source>Import the good rows and leave the &amp;bad rows out</source>
        <translation>Fehlerfreie Zeilen importieren und &amp;fehlerhafte Zeilen auslassen</translation>
    </message>
    <message>
        <source>An applicant already in the &amp;database:</source>
        <translation>Bewerber:in bereits in der &amp;Datenbank:</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>&amp;Check Again</source>
        <translation>Erneut &amp;prüfen</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>Die Prüfung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The file cannot be imported.&lt;/b&gt;&lt;br&gt;%1</source>
        <translation>&lt;b&gt;Die Datei lässt sich nicht importieren.&lt;/b&gt;&lt;br&gt;%1</translation>
    </message>
    <message>
        <source>The first %L1 of %L2 problems and duplicates are listed.</source>
        <translation>Die ersten %L1 von %L2 Problemen und Dubletten werden aufgeführt.</translation>
    </message>
    <message>
        <source>No row is bad: the import will succeed.</source>
        <translation>Keine Zeile ist fehlerhaft: Der Import wird gelingen.</translation>
    </message>
    <message>
        <source>The bad rows will be left out; the other rows will be imported.</source>
        <translation>Die fehlerhaften Zeilen werden ausgelassen; die übrigen Zeilen werden importiert.</translation>
    </message>
    <message>
        <source>Nothing can be imported while there are bad rows: correct the file, or leave the bad rows out.</source>
        <translation>Solange es fehlerhafte Zeilen gibt, lässt sich nichts importieren: Korrigieren Sie die Datei, oder lassen Sie die fehlerhaften Zeilen aus.</translation>
    </message>
    <message>
        <source>Also import the form&apos;s entries &amp;older than the last import</source>
        <translation>Auch die Einträge des Formulars importieren, die &amp;älter als der letzte Import sind</translation>
    </message>
    <message>
        <source>By default only the entries since the last import from the same form are imported; older ones the desk does not have (left out as bad rows before, say) are left out.</source>
        <translation>Standardmäßig werden nur die Einträge seit dem letzten Import desselben Formulars importiert; ältere, die der Desk nicht hat (etwa früher als fehlerhafte Zeilen ausgelassene), bleiben außen vor.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The file cannot be imported.&lt;/b&gt;&lt;br&gt;Line %1: %2: %3&lt;br&gt;Go back to the first page and say how the form writes its dates.</source>
        <translation>&lt;b&gt;Die Datei kann nicht importiert werden.&lt;/b&gt;&lt;br&gt;Zeile %1: %2: %3&lt;br&gt;Gehen Sie zur ersten Seite zurück und geben Sie an, wie das Formular seine Daten schreibt.</translation>
    </message>
</context>
<context>
    <name>ImportResultPage</name>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>The rows are written in one transaction: all of them, or none.</source>
        <translation>Die Zeilen werden in einer Transaktion geschrieben: alle oder keine.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Wird importiert…</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>Der Import wurde abgebrochen; nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nothing was imported.&lt;/b&gt;&lt;br&gt;%1</source>
        <translation>&lt;b&gt;Nichts wurde importiert.&lt;/b&gt;&lt;br&gt;%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nothing was imported:&lt;/b&gt; %L1 rows are bad now. Run the import again to see them.</source>
        <translation>&lt;b&gt;Nichts wurde importiert:&lt;/b&gt; %L1 Zeilen sind jetzt fehlerhaft. Führen Sie den Import erneut aus, um sie zu sehen.</translation>
    </message>
    <message>
        <source>The applications of %1 were imported.</source>
        <translation>Die Bewerbungen aus %1 wurden importiert.</translation>
    </message>
    <message>
        <source>The bad rows were left out: %L1.</source>
        <translation>Die fehlerhaften Zeilen wurden ausgelassen: %L1.</translation>
    </message>
</context>
<context>
    <name>ImportRun</name>
    <message>
        <source>The row has %1 fields, the header %2.</source>
        <translation>Die Zeile hat %1 Felder, die Kopfzeile %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a first and a last name; map separate first and last name columns if the file has them.</source>
        <translation>„%1“ ist kein Vor- und Nachname; ordnen Sie getrennte Spalten für Vor- und Nachname zu, wenn die Datei welche hat.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither yes nor no (yes, no, true, false, 1, 0).</source>
        <translation>„%1“ ist weder ja noch nein (yes, no, true, false, 1, 0).</translation>
    </message>
    <message>
        <source>The career track is required.</source>
        <translation>Das Programm ist eine Pflichtangabe.</translation>
    </message>
    <message>
        <source>There is no career track &quot;%1&quot; (the tracks are %2).</source>
        <translation>Es gibt kein Programm „%1“ (die Programme sind %2).</translation>
    </message>
    <message>
        <source>The career track %1 takes no applications.</source>
        <translation>Das Programm %1 nimmt keine Bewerbungen an.</translation>
    </message>
    <message>
        <source>There is no cohort &quot;%1&quot;.</source>
        <translation>Es gibt keine Kohorte „%1“.</translation>
    </message>
    <message>
        <source>The cohort %1 belongs to another track than %2.</source>
        <translation>Die Kohorte %1 gehört zu einem anderen Programm als %2.</translation>
    </message>
    <message>
        <source>%1 is in the future.</source>
        <translation>%1 liegt in der Zukunft.</translation>
    </message>
    <message>
        <source>Applicant %1 disappeared during the import.</source>
        <translation>Bewerber:in %1 ist während des Imports verschwunden.</translation>
    </message>
    <message>
        <source>The same phone number as line %1, with another email.</source>
        <translation>Dieselbe Telefonnummer wie Zeile %1, mit einer anderen E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>The same phone number as line %1, with another email: skipped.</source>
        <translation>Dieselbe Telefonnummer wie Zeile %1, mit einer anderen E-Mail-Adresse: übersprungen.</translation>
    </message>
    <message>
        <source>The same email as line %1, but a different %2: which is right?</source>
        <translation>Dieselbe E-Mail-Adresse wie Zeile %1, aber ein anderer Wert in %2: Was stimmt?</translation>
    </message>
    <message>
        <source>The same application as line %1 (a duplicate in the file).</source>
        <translation>Dieselbe Bewerbung wie Zeile %1 (eine Dublette in der Datei).</translation>
    </message>
    <message>
        <source>applicant %1 (%2)</source>
        <translation>Bewerber:in %1 (%2)</translation>
    </message>
    <message>
        <source>the same email</source>
        <translation>dieselbe E-Mail-Adresse</translation>
    </message>
    <message>
        <source>the same phone number</source>
        <translation>dieselbe Telefonnummer</translation>
    </message>
    <message>
        <source>Already in the database: %1 has %2.</source>
        <translation>Bereits in der Datenbank: %1 hat %2.</translation>
    </message>
    <message>
        <source>Already in the database: %1 has %2; skipped.</source>
        <translation>Bereits in der Datenbank: %1 hat %2; übersprungen.</translation>
    </message>
    <message>
        <source>The same phone number as %1, but another email: skipped, not merged.</source>
        <translation>Dieselbe Telefonnummer wie %1, aber eine andere E-Mail-Adresse: übersprungen, nicht zusammengeführt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time (write 2026-11-24T09:30:00Z, 2026-11-24 09:30, Nov 24, 2026 9:30 AM, 11/24/2026 9:30:00 or 24.11.2026 09:30).</source>
        <translation>„%1“ ist kein Datum mit Uhrzeit (schreiben Sie 2026-11-24T09:30:00Z, 2026-11-24 09:30, Nov 24, 2026 9:30 AM, 11/24/2026 9:30:00 oder 24.11.2026 09:30).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could be day first or month first, and a file read only once cannot be scanned for a date that tells: say which order the file uses.</source>
        <translation>„%1“ kann mit dem Tag oder dem Monat beginnen, und eine Datei, die nur einmal gelesen werden kann, lässt sich nicht nach einem Datum durchsuchen, das es zeigt: Geben Sie an, welche Reihenfolge die Datei verwendet.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date with the day first, the order of the column&apos;s dates (line %2 has a day over 12).</source>
        <translation>„%1“ ist kein Datum mit dem Tag zuerst, der Reihenfolge der Daten dieser Spalte (Zeile %2 hat einen Tag über 12).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date with the day first.</source>
        <translation>„%1“ ist kein Datum mit dem Tag zuerst.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date with the month first, the order of the column&apos;s dates (line %2 has a day over 12).</source>
        <translation>„%1“ ist kein Datum mit dem Monat zuerst, der Reihenfolge der Daten dieser Spalte (Zeile %2 hat einen Tag über 12).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date with the month first.</source>
        <translation>„%1“ ist kein Datum mit dem Monat zuerst.</translation>
    </message>
    <message>
        <source>The same entry as line %1 (a duplicate in the file).</source>
        <translation>Derselbe Eintrag wie in Zeile %1 (doppelt in der Datei).</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import Applications</source>
        <translation>Bewerbungen importieren</translation>
    </message>
    <message>
        <source>Checking every row of %1…</source>
        <translation>Jede Zeile von %1 wird geprüft…</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 wird importiert…</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 lässt sich nicht lesen: %2</translation>
    </message>
</context>
<context>
    <name>Interview</name>
    <message>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Geführt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
</context>
<context>
    <name>InterviewCommands</name>
    <message>
        <source>The interviewer: an active staff user&apos;s username.</source>
        <translation>Wer das Gespräch führt: der Benutzername einer aktiven Mitarbeiter:in.</translation>
    </message>
    <message>
        <source>How long it lasts, in minutes (%1 to %2; %3 unless told).</source>
        <translation>Wie lange es dauert, in Minuten (%1 bis %2; sonst %3).</translation>
    </message>
    <message>
        <source>Schedule an interview of an application.</source>
        <translation>Ein Gespräch zu einer Bewerbung planen.</translation>
    </message>
    <message>
        <source>Schedules an interview of application APPLICATION (its id) at --at with --interviewer. The time must be to come, the interviewer an active staff user, and the application applied, in screening or interviewed; one that is applied or in screening moves on to interview_scheduled. Prints the interview and the status moves.</source>
        <translation>Plant ein Gespräch zu Bewerbung APPLICATION (ihre Nummer) um --at mit --interviewer. Die Zeit muss in der Zukunft liegen, die Gesprächsführende eine aktive Mitarbeiter:in sein und die Bewerbung beworben, in Prüfung oder nach dem Gespräch; eine beworbene oder geprüfte Bewerbung geht weiter zu interview_scheduled. Gibt das Gespräch und die Statuswechsel aus.</translation>
    </message>
    <message>
        <source>Move a scheduled interview.</source>
        <translation>Ein geplantes Gespräch verschieben.</translation>
    </message>
    <message>
        <source>Moves scheduled interview INTERVIEW (its id) to --at; --interviewer and --minutes change those too, else they stay.</source>
        <translation>Verschiebt das geplante Gespräch INTERVIEW (seine Nummer) auf --at; --interviewer und --minutes ändern auch diese, sonst bleiben sie.</translation>
    </message>
    <message>
        <source>Cancel a scheduled interview.</source>
        <translation>Ein geplantes Gespräch absagen.</translation>
    </message>
    <message>
        <source>Cancels scheduled interview INTERVIEW (its id). The application keeps its status.</source>
        <translation>Sagt das geplante Gespräch INTERVIEW (seine Nummer) ab. Die Bewerbung behält ihren Status.</translation>
    </message>
    <message>
        <source>Why.</source>
        <translation>Warum.</translation>
    </message>
    <message>
        <source>List the interviews to come.</source>
        <translation>Die anstehenden Gespräche auflisten.</translation>
    </message>
    <message>
        <source>Only this interviewer&apos;s (a username).</source>
        <translation>Nur die dieser Gesprächsführenden (ein Benutzername).</translation>
    </message>
    <message>
        <source>%1 must be an id (a whole number), not &apos;%2&apos;.</source>
        <translation>%1 muss eine Nummer sein (eine ganze Zahl), nicht &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>Say when with --at TIME.</source>
        <translation>Sagen Sie mit --at TIME, wann.</translation>
    </message>
    <message>
        <source>--at must be a date and a time such as 2026-12-10T14:30, not &apos;%1&apos;.</source>
        <translation>--at muss ein Datum mit Uhrzeit sein, etwa 2026-12-10T14:30, nicht &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>There is no active staff user &apos;%1&apos; to interview.</source>
        <translation>Es gibt keine aktive Mitarbeiter:in &apos;%1&apos;, die das Gespräch führen könnte.</translation>
    </message>
    <message>
        <source>Interview %1 of application %2: %3, %4 min, with %5 (%6)</source>
        <translation>Gespräch %1 zu Bewerbung %2: %3, %4 Min., mit %5 (%6)</translation>
    </message>
    <message>
        <source>Say who interviews with --interviewer USERNAME.</source>
        <translation>Sagen Sie mit --interviewer USERNAME, wer das Gespräch führt.</translation>
    </message>
    <message>
        <source>Application %1: %2 -&gt; %3</source>
        <translation>Bewerbung %1: %2 -&gt; %3</translation>
    </message>
    <message>
        <source>There is no interview %1.</source>
        <translation>Es gibt kein Gespräch %1.</translation>
    </message>
    <message>
        <source>Interview %1 cancelled.</source>
        <translation>Gespräch %1 abgesagt.</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Gespräch</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Bewerbung</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Bewerber:in</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>Gesprächsführung</translation>
    </message>
    <message>
        <source>No interview is coming up: interview schedule APPLICATION --at TIME --interviewer USERNAME schedules one.</source>
        <translation>Kein Gespräch steht an: interview schedule APPLICATION --at TIME --interviewer USERNAME plant eines.</translation>
    </message>
    <message>
        <source>When it starts: YYYY-MM-DDTHH:MM in the bootcamp&apos;s time zone (time-zone show), or with Z or an offset (e.g. 2026-12-10T14:30, 2026-12-10T13:30Z).</source>
        <translation>Wann es beginnt: JJJJ-MM-TTTHH:MM in der Zeitzone des Bootcamps (time-zone show), oder mit Z oder einem Versatz (z. B. 2026-12-10T14:30, 2026-12-10T13:30Z).</translation>
    </message>
    <message>
        <source>Lists the scheduled interviews that are not over yet, the earliest first, with their application, applicant and interviewer. Times are the bootcamp&apos;s, with their offset from UTC.</source>
        <translation>Listet die geplanten Gespräche, die noch nicht vorbei sind, das früheste zuerst, mit Bewerbung, Bewerber:in und Gesprächsführung. Die Zeiten sind die des Bootcamps, mit ihrem Versatz zu UTC.</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Beginn</translation>
    </message>
</context>
<context>
    <name>InterviewDialog</name>
    <message>
        <source>Move Interview: Application %1</source>
        <translation>Gespräch verschieben: Bewerbung %1</translation>
    </message>
    <message>
        <source>Schedule Interview: Application %1</source>
        <translation>Gespräch planen: Bewerbung %1</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Date and time</source>
        <translation>&amp;Datum und Uhrzeit</translation>
    </message>
    <message>
        <source>&amp;Length</source>
        <translation>Da&amp;uer</translation>
    </message>
    <message>
        <source>&amp;Interviewer</source>
        <translation>&amp;Gesprächsführung</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Verschieben</translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation>&amp;Planen</translation>
    </message>
</context>
<context>
    <name>InterviewService</name>
    <message>
        <source>The interview needs a date and a time.</source>
        <translation>Das Gespräch braucht ein Datum und eine Uhrzeit.</translation>
    </message>
    <message>
        <source>The interview time %1 is in the past: choose a time to come.</source>
        <translation>Die Gesprächszeit %1 liegt in der Vergangenheit: wählen Sie eine künftige Zeit.</translation>
    </message>
    <message>
        <source>An interview lasts from %1 to %2 minutes, not %3.</source>
        <translation>Ein Gespräch dauert %1 bis %2 Minuten, nicht %3.</translation>
    </message>
    <message>
        <source>There is no staff user %1 to interview.</source>
        <translation>Es gibt keine Mitarbeiter:in %1, die das Gespräch führen könnte.</translation>
    </message>
    <message>
        <source>%1 is no longer active and cannot interview.</source>
        <translation>%1 ist nicht mehr aktiv und kann kein Gespräch führen.</translation>
    </message>
    <message>
        <source>There is no application %1.</source>
        <translation>Es gibt keine Bewerbung %1.</translation>
    </message>
    <message>
        <source>Application %1 is %2: an interview is only scheduled while an application is assessed (applied to interviewed).</source>
        <translation>Bewerbung %1 ist %2: ein Gespräch wird nur geplant, solange eine Bewerbung geprüft wird (beworben bis Gespräch geführt).</translation>
    </message>
    <message>
        <source>Application %1 already has interview %2 scheduled at %3: move or cancel that one.</source>
        <translation>Für Bewerbung %1 ist bereits Gespräch %2 um %3 geplant: verschieben oder sagen Sie dieses ab.</translation>
    </message>
    <message>
        <source>There is no interview %1.</source>
        <translation>Es gibt kein Gespräch %1.</translation>
    </message>
    <message>
        <source>Interview %1 was %2 and cannot be moved.</source>
        <translation>Gespräch %1 ist %2 und kann nicht verschoben werden.</translation>
    </message>
    <message>
        <source>Interview %1 was %2 and cannot be cancelled.</source>
        <translation>Gespräch %1 ist %2 und kann nicht abgesagt werden.</translation>
    </message>
</context>
<context>
    <name>Invocation</name>
    <message>
        <source>Upgrading %1 to schema version %2: this happens once and can take a minute on a large file.</source>
        <translation>%1 wird auf Schemaversion %2 aktualisiert: Das geschieht einmal und kann bei einer großen Datei eine Minute dauern.</translation>
    </message>
    <message>
        <source>--%1 must be a whole number of at least %2, not &apos;%3&apos;.</source>
        <translation>--%1 muss eine ganze Zahl von mindestens %2 sein, nicht „%3“.</translation>
    </message>
    <message>
        <source>--%1 must be a date such as 2027-03-01, not &apos;%2&apos;.</source>
        <translation>--%1 muss ein Datum wie 2027-03-01 sein, nicht &apos;%2&apos;.</translation>
    </message>
</context>
<context>
    <name>JobGuaranteeMoves</name>
    <message>
        <source>Application %1 cannot be placed without the placement&apos;s facts: the outcome, the employer, the job title and the start date (the salary is optional). Record the placement instead of moving the status.</source>
        <translation>Bewerbung %1 kann ohne die Angaben zur Vermittlung nicht vermittelt werden: Ergebnis, Arbeitgeber, Stellenbezeichnung und Startdatum (das Gehalt ist optional). Erfassen Sie die Vermittlung, statt den Status zu verschieben.</translation>
    </message>
</context>
<context>
    <name>JobGuaranteeService</name>
    <message>
        <source>The placement of application %1 is not complete: %2</source>
        <translation>Die Angaben zur Vermittlung von Bewerbung %1 sind unvollständig: %2</translation>
    </message>
    <message>
        <source>There is no application %1.</source>
        <translation>Es gibt keine Bewerbung %1.</translation>
    </message>
    <message>
        <source>Application %1 is %2: only a graduate in job search is placed.</source>
        <translation>Bewerbung %1 ist %2: Nur eine Absolvent:in in der Jobsuche kann vermittelt werden.</translation>
    </message>
    <message>
        <source>Application %1 is %2: check-ins are logged during the job search.</source>
        <translation>Bewerbung %1 ist %2: Check-ins werden während der Jobsuche eingetragen.</translation>
    </message>
    <message>
        <source>The check-in of application %1 is dated %2: a day of the job search, from %3 to today (%4).</source>
        <translation>Der Check-in zu Bewerbung %1 ist auf %2 datiert; erlaubt ist ein Tag der Jobsuche, vom %3 bis heute (%4).</translation>
    </message>
    <message>
        <source>Job applications sent this week: %1</source>
        <translation>Diese Woche verschickte Stellenbewerbungen: %1</translation>
    </message>
</context>
<context>
    <name>KeyboardShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Applications list</source>
        <translation>Liste der Bewerbungen</translation>
    </message>
    <message>
        <source>Search box</source>
        <translation>Suchfeld</translation>
    </message>
    <message>
        <source>Anywhere</source>
        <translation>Überall</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Suche leeren</translation>
    </message>
    <message>
        <source>Down, Enter</source>
        <translation>Pfeil nach unten, Enter</translation>
    </message>
    <message>
        <source>Go to the first result, selected</source>
        <translation>Zum ersten Ergebnis, ausgewählt</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Entf</translation>
    </message>
    <message>
        <source>Withdraw the selected applications</source>
        <translation>Ausgewählte Bewerbungen zurückziehen</translation>
    </message>
    <message>
        <source>Alt + underlined letter</source>
        <translation>Alt + unterstrichener Buchstabe</translation>
    </message>
    <message>
        <source>Go to that field or button</source>
        <translation>Zu diesem Feld oder Knopf</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Umschalt+Tab</translation>
    </message>
    <message>
        <source>Next or previous field</source>
        <translation>Nächstes oder vorheriges Feld</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>LockCover</name>
    <message>
        <source>&lt;h2&gt;Admissions Desk is locked&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Admissions Desk ist gesperrt&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Locked&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Gesperrt&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Nobody is signed in&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Niemand ist angemeldet&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Signed out&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Abgemeldet&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>Sign &amp;Out…</source>
        <translation>&amp;Abmelden…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
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
        <source>View &quot;%1&quot; saved.</source>
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
        <translation>A&amp;ktualisieren</translation>
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
        <source>About Admissions Desk</source>
        <translation>Über Admissions Desk</translation>
    </message>
    <message>
        <source>Application %1 registered.</source>
        <translation>Bewerbung %1 erfasst.</translation>
    </message>
    <message>
        <source>New &amp;Applicant…</source>
        <translation>Neue Bewerb&amp;ung…</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>&amp;Import Applications…</source>
        <translation>Bewerbungen &amp;importieren…</translation>
    </message>
    <message>
        <source>Sign In</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>%1 cannot use the desk.</source>
        <translation>%1 kann Admissions Desk nicht verwenden.</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Angemeldet als %1 (%2)</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>Admissions Desk</source>
        <translation>Admissions Desk</translation>
    </message>
    <message>
        <source>%1 has unsaved changes in this window. Discard them and sign out?</source>
        <translation>%1 hat in diesem Fenster ungespeicherte Änderungen. Verwerfen und abmelden?</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>S&amp;perren</translation>
    </message>
    <message>
        <source>Sign O&amp;ut…</source>
        <translation>Ab&amp;melden…</translation>
    </message>
    <message>
        <source>Settin&amp;gs</source>
        <translation>Einstellun&amp;gen</translation>
    </message>
    <message>
        <source>&amp;Staff…</source>
        <translation>&amp;Mitarbeiter:innen…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Optionen…</translation>
    </message>
    <message>
        <source>%1 has unsaved changes in this window. Discard them and quit?</source>
        <translation>%1 hat in diesem Fenster ungespeicherte Änderungen. Verwerfen und beenden?</translation>
    </message>
    <message>
        <source>This could not be recorded in the audit trail: %1</source>
        <translation>Das ließ sich nicht im Prüfprotokoll vermerken: %1</translation>
    </message>
    <message>
        <source>&amp;Next Page</source>
        <translation>&amp;Nächste Seite</translation>
    </message>
    <message>
        <source>&amp;Previous Page</source>
        <translation>&amp;Vorherige Seite</translation>
    </message>
    <message>
        <source>Between &amp;List and Panel</source>
        <translation>Zwischen Liste und &amp;Panel wechseln</translation>
    </message>
    <message>
        <source>An application</source>
        <translation>Eine Bewerbung</translation>
    </message>
    <message>
        <source>The desk&apos;s set-up could not be read.</source>
        <translation>Die Einrichtung des Desks konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Career &amp;Tracks…</source>
        <translation>&amp;Programme…</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Bewerbungen</translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation>Kohorten</translation>
    </message>
    <message>
        <source>Mentors</source>
        <translation>Mentor:innen</translation>
    </message>
    <message>
        <source>Application %1 registered. It is shown in the panel: the list&apos;s filters or order put it out of sight.</source>
        <translation>Bewerbung %1 erfasst. Sie steht im Panel: Filter oder Reihenfolge der Liste verbergen sie.</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>New Application for This &amp;Person…</source>
        <translation>Neue Bewerbung für diese Pe&amp;rson…</translation>
    </message>
    <message>
        <source>&amp;Upcoming Interviews…</source>
        <translation>Anstehende &amp;Gespräche…</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Admissions Desk %1&lt;/h3&gt;&lt;p&gt;Applications, seats and mentors for the admissions team of a coding bootcamp.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;&lt;p&gt;Copyright © 2026 the Admissions Desk maintainers.&lt;/p&gt;&lt;p&gt;This program is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version. It comes with ABSOLUTELY NO WARRANTY. See &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;the GNU General Public License&lt;/a&gt;.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Admissions Desk %1&lt;/h3&gt;&lt;p&gt;Bewerbungen, Plätze und Mentor:innen für das Zulassungsteam eines Coding-Bootcamps.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2, läuft mit Qt %3.&lt;/p&gt;&lt;p&gt;Copyright © 2026 die Maintainer:innen von Admissions Desk.&lt;/p&gt;&lt;p&gt;Dieses Programm ist freie Software: Sie können es unter den Bedingungen der GNU General Public License, wie von der Free Software Foundation veröffentlicht, weitergeben und/oder verändern, entweder gemäß Version 3 der Lizenz oder (nach Ihrer Wahl) jeder späteren Version. Es wird OHNE JEDE GEWÄHRLEISTUNG bereitgestellt. Siehe &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;die GNU General Public License&lt;/a&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Guarantee &amp;Decisions Due…</source>
        <translation>Fällige Garantie&amp;entscheidungen…</translation>
    </message>
    <message>
        <source>Time &amp;Zone…</source>
        <translation>&amp;Zeitzone…</translation>
    </message>
    <message>
        <source>Offers to &amp;Send…</source>
        <translation>Zu versendende &amp;Angebote…</translation>
    </message>
    <message>
        <source>Deferral &amp;Queue…</source>
        <translation>&amp;Einreihung nach Zurückstellung…</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
</context>
<context>
    <name>MentorAssignment</name>
    <message>
        <source>proposed: %1, not yet confirmed</source>
        <translation>vorgeschlagen: %1, noch nicht bestätigt</translation>
    </message>
    <message>
        <source>%1, since %2</source>
        <translation>%1, seit %2</translation>
    </message>
    <message>
        <source>none: %1 until %2 (%3)</source>
        <translation>keine: %1 bis %2 (%3)</translation>
    </message>
</context>
<context>
    <name>MentorCallDialog</name>
    <message>
        <source>Mentor Call: Application %1</source>
        <translation>Mentoring-Gespräch: Bewerbung %1</translation>
    </message>
    <message>
        <source>Optional: what you talked about</source>
        <translation>Optional: worüber Sie gesprochen haben</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Tag</translation>
    </message>
    <message>
        <source>&amp;Mentor</source>
        <translation>&amp;Mentor:in</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Notiz</translation>
    </message>
    <message>
        <source>Every student is promised a 1:1 call with their mentor every week (weeks begin on Monday).</source>
        <translation>Allen Teilnehmenden ist jede Woche ein 1:1-Gespräch mit ihrer Mentor:in zugesagt (Wochen beginnen am Montag).</translation>
    </message>
    <message>
        <source>&amp;Log Call</source>
        <translation>Gespräch &amp;eintragen</translation>
    </message>
</context>
<context>
    <name>MentorCallService</name>
    <message>
        <source>Application %1 is %2: mentor calls are logged for enrolled and active students.</source>
        <translation>Bewerbung %1 ist %2: Mentoring-Gespräche werden für eingeschriebene und aktive Teilnehmende eingetragen.</translation>
    </message>
    <message>
        <source>Application %1 has no mentor: name the mentor of the call.</source>
        <translation>Bewerbung %1 hat keine Mentor:in: Geben Sie die Mentor:in des Gesprächs an.</translation>
    </message>
    <message>
        <source>mentor: there is no mentor %1.</source>
        <translation>mentor: Es gibt keine Mentor:in %1.</translation>
    </message>
    <message>
        <source>The call of application %1 is dated %2, after today (%3): log it once it happened.</source>
        <translation>Das Gespräch zu Bewerbung %1 ist auf %2 datiert, nach heute (%3): Tragen Sie es ein, sobald es stattgefunden hat.</translation>
    </message>
    <message>
        <source>1:1 call with %1</source>
        <translation>1:1-Gespräch mit %1</translation>
    </message>
</context>
<context>
    <name>MentorCommands</name>
    <message>
        <source>The mentor&apos;s name.</source>
        <translation>Der Name der Mentorin oder des Mentors.</translation>
    </message>
    <message>
        <source>Their email address (no other mentor may have it).</source>
        <translation>Ihre E-Mail-Adresse (keine andere Mentor:in darf sie haben).</translation>
    </message>
    <message>
        <source>Where they live, as an IANA time zone such as Europe/Berlin: matching prefers students close to it.</source>
        <translation>Wo sie leben, als IANA-Zeitzone wie Europe/Berlin: Die Zuordnung bevorzugt Teilnehmende in der Nähe.</translation>
    </message>
    <message>
        <source>The codes of the career tracks they mentor, comma-separated, such as SWE,DATA.</source>
        <translation>Die Kürzel der Programme, die sie betreuen, durch Kommas getrennt, etwa SWE,DATA.</translation>
    </message>
    <message>
        <source>How many active mentees they take at most.</source>
        <translation>Wie viele aktive Teilnehmende sie höchstens betreuen.</translation>
    </message>
    <message>
        <source>Add a mentor.</source>
        <translation>Eine:n Mentor:in anlegen.</translation>
    </message>
    <message>
        <source>Adds the mentor NAME with their email address, time zone, the career tracks they mentor and how many active mentees they take. --email, --time-zone, --tracks and --capacity are required.</source>
        <translation>Legt die Mentor:in NAME mit E-Mail-Adresse, Zeitzone, den betreuten Programmen und der Zahl aktiver Teilnehmender an. --email, --time-zone, --tracks und --capacity sind Pflicht.</translation>
    </message>
    <message>
        <source>List the mentors, their tracks and their load.</source>
        <translation>Die Mentor:innen mit Programmen und Auslastung auflisten.</translation>
    </message>
    <message>
        <source>Change a mentor&apos;s name, address, time zone, tracks or capacity.</source>
        <translation>Name, Adresse, Zeitzone, Programme oder Kapazität einer Mentor:in ändern.</translation>
    </message>
    <message>
        <source>Changes mentor ID (see mentor list): only the fields whose options are given, and at least one must be. --tracks replaces the mentor&apos;s tracks. Every change is in the audit trail.</source>
        <translation>Ändert die Mentor:in ID (siehe mentor list): nur die Felder, deren Optionen angegeben sind, mindestens eines. --tracks ersetzt die Programme. Jede Änderung steht im Prüfprotokoll.</translation>
    </message>
    <message>
        <source>Stop matching a mentor with students.</source>
        <translation>Eine:n Mentor:in keinen Teilnehmenden mehr zuordnen.</translation>
    </message>
    <message>
        <source>Deactivates mentor ID: they are no longer suggested or assigned to students. Their current mentees keep them.</source>
        <translation>Deaktiviert die Mentor:in ID: Sie wird nicht mehr vorgeschlagen oder zugeordnet. Die bisherigen Teilnehmenden behalten sie.</translation>
    </message>
    <message>
        <source>Match a deactivated mentor with students again.</source>
        <translation>Eine deaktivierte Mentor:in wieder Teilnehmenden zuordnen.</translation>
    </message>
    <message>
        <source>Activates mentor ID again.</source>
        <translation>Aktiviert die Mentor:in ID wieder.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>mentor add needs --%1.</source>
        <translation>mentor add braucht --%1.</translation>
    </message>
    <message>
        <source>Mentor %1 added, for %2.</source>
        <translation>Mentor:in %1 angelegt, für %2.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inaktiv</translation>
    </message>
    <message>
        <source>Id</source>
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
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>ID must be a mentor&apos;s id (a whole number; see mentor list), not &apos;%1&apos;.</source>
        <translation>ID muss die ID einer Mentor:in sein (eine ganze Zahl; siehe mentor list), nicht „%1“.</translation>
    </message>
    <message>
        <source>There is no mentor %1 (see mentor list).</source>
        <translation>Es gibt keine Mentor:in %1 (siehe mentor list).</translation>
    </message>
    <message>
        <source>mentor edit needs at least one of --%1.</source>
        <translation>mentor edit braucht mindestens eine der Optionen --%1.</translation>
    </message>
    <message>
        <source>Mentor %1 saved: %2, %3, tracks %4, %5 mentees at most, %6 slots a week.</source>
        <translation>Mentor:in %1 gespeichert: %2, %3, Programme %4, höchstens %5 Teilnehmende, %6 Termine pro Woche.</translation>
    </message>
    <message>
        <source>no time zone</source>
        <translation>keine Zeitzone</translation>
    </message>
    <message>
        <source>Mentor %1 was already active.</source>
        <translation>Mentor:in %1 war schon aktiv.</translation>
    </message>
    <message>
        <source>Mentor %1 was already inactive.</source>
        <translation>Mentor:in %1 war schon inaktiv.</translation>
    </message>
    <message>
        <source>Mentor %1 is active again: they are matched with students.</source>
        <translation>Mentor:in %1 ist wieder aktiv und wird Teilnehmenden zugeordnet.</translation>
    </message>
    <message>
        <source>Mentor %1 is inactive: they are no longer matched with students; their current mentees keep them.</source>
        <translation>Mentor:in %1 ist inaktiv und wird niemandem mehr zugeordnet; die bisherigen Teilnehmenden behalten sie.</translation>
    </message>
    <message>
        <source>No mentor yet: mentor add NAME --email EMAIL --time-zone ZONE --tracks CODES --capacity N adds one.</source>
        <translation>Noch keine Mentor:in: mentor add NAME --email EMAIL --time-zone ZONE --tracks CODES --capacity N legt eine an.</translation>
    </message>
    <message>
        <source>1:1 call slots a week: each mentee takes one.</source>
        <translation>1:1-Gesprächstermine pro Woche: Jede:r Mentee belegt einen.</translation>
    </message>
    <message>
        <source>1:1 call slots a week: each mentee takes one (default: the capacity).</source>
        <translation>1:1-Gesprächstermine pro Woche: Jede:r Mentee belegt einen (Vorgabe: die Kapazität).</translation>
    </message>
    <message>
        <source>Prints every mentor by name: id, name, email, the codes of their tracks, time zone, weekly slots, the slots their current mentees (active or proposed) take of the mentees they can have (the smaller of their capacity and their weekly slots), and whether they are active (only active mentors are matched with students).</source>
        <translation>Gibt alle Mentor:innen nach Namen aus: ID, Name, E-Mail, die Kürzel ihrer Programme, Zeitzone, wöchentliche Termine, die von ihren aktuellen Mentees (aktiv oder vorgeschlagen) belegten Termine von den möglichen Mentees (dem kleineren Wert aus Kapazität und wöchentlichen Terminen) und ob sie aktiv sind (nur aktive Mentor:innen werden Teilnehmenden zugeordnet).</translation>
    </message>
</context>
<context>
    <name>MentorDialog</name>
    <message>
        <source>Takes new &amp;students</source>
        <translation>Nimmt neue &amp;Teilnehmende an</translation>
    </message>
    <message>
        <source>Edit Mentor</source>
        <translation>Mentor:in bearbeiten</translation>
    </message>
    <message>
        <source>New Mentor</source>
        <translation>Neue:r Mentor:in</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>E&amp;mail</source>
        <translation>E-&amp;Mail</translation>
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation>&amp;Zeitzone</translation>
    </message>
    <message>
        <source>Trac&amp;ks</source>
        <translation>Pro&amp;gramme</translation>
    </message>
    <message>
        <source>&amp;Active students at most</source>
        <translation>Höchstens &amp;aktive Teilnehmende</translation>
    </message>
    <message>
        <source>&amp;Weekly call slots</source>
        <translation>&amp;Wöchentliche Gesprächstermine</translation>
    </message>
    <message>
        <source>There is no career track yet: add one in Settings → Career Tracks first.</source>
        <translation>Es gibt noch kein Programm: Legen Sie zuerst eines unter Einstellungen → Programme an.</translation>
    </message>
    <message>
        <source>e.g. Europe/Berlin</source>
        <translation>z. B. Europe/Berlin</translation>
    </message>
    <message>
        <source>Tracks</source>
        <translation>Programme</translation>
    </message>
</context>
<context>
    <name>MentorLoadReport</name>
    <message>
        <source>Mentors</source>
        <translation>Mentor:innen</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor:in</translation>
    </message>
    <message>
        <source>Tracks</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Mentees</source>
        <translation>Mentees</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <source>Load %</source>
        <translation>Auslastung %</translation>
    </message>
    <message>
        <source>Calls held (%1 weeks)</source>
        <translation>Geführte Gespräche (%1 Wochen)</translation>
    </message>
    <message>
        <source>Calls promised (%1 weeks)</source>
        <translation>Zugesagte Gespräche (%1 Wochen)</translation>
    </message>
    <message>
        <source>Mentees behind</source>
        <translation>Mentees im Rückstand</translation>
    </message>
    <message>
        <source>Mentees: active and proposed assignments. Capacity: the smaller of the mentor&apos;s maximum of mentees and weekly call slots.</source>
        <translation>Mentees: aktive und vorgeschlagene Zuordnungen. Kapazität: der kleinere Wert aus der Höchstzahl an Mentees der Mentor:in und ihren wöchentlichen Gesprächsterminen.</translation>
    </message>
    <message>
        <source>Calls promised: one a week for each active student with a confirmed mentor, over the last %1 completed weeks, from the week the assignment (or the cohort) began. Calls held: those weeks with a call. A mentee is behind when the last completed week had no call.</source>
        <translation>Zugesagte Gespräche: eines pro Woche für alle aktiven Teilnehmenden mit bestätigter Mentor:in, über die letzten %1 abgeschlossenen Wochen, ab der Woche, in der die Zuordnung (oder die Kohorte) begann. Geführte Gespräche: die Wochen davon mit einem Gespräch. Ein Mentee ist im Rückstand, wenn in der letzten abgeschlossenen Woche kein Gespräch stattfand.</translation>
    </message>
</context>
<context>
    <name>MentorService</name>
    <message>
        <source>Name is required.</source>
        <translation>Der Name ist eine Pflichtangabe.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address.</source>
        <translation>„%1“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known time zone.</source>
        <translation>„%1“ ist keine bekannte Zeitzone.</translation>
    </message>
    <message>
        <source>The maximum number of mentees cannot be negative.</source>
        <translation>Die Höchstzahl an Mentees kann nicht negativ sein.</translation>
    </message>
    <message>
        <source>Weekly slots cannot be negative.</source>
        <translation>Die wöchentlichen Termine können nicht negativ sein.</translation>
    </message>
    <message>
        <source>A mentor mentors at least one track.</source>
        <translation>Eine Mentor:in betreut mindestens ein Programm.</translation>
    </message>
    <message>
        <source>The mentor is not valid: %1</source>
        <translation>Die Angaben zur Mentor:in sind ungültig: %1</translation>
    </message>
    <message>
        <source>There is no application %1.</source>
        <translation>Es gibt keine Bewerbung %1.</translation>
    </message>
    <message>
        <source>Application %1 is %2: only enrolled and active students get a mentor.</source>
        <translation>Bewerbung %1 ist %2: Nur eingeschriebene und aktive Teilnehmer:innen bekommen eine Mentor:in.</translation>
    </message>
    <message>
        <source>Mentor %1 is not an active mentor of this application&apos;s track.</source>
        <translation>Mentor:in %1 ist keine aktive Mentor:in des Programms dieser Bewerbung.</translation>
    </message>
    <message>
        <source>There is no mentor %1.</source>
        <translation>Es gibt keine Mentor:in %1.</translation>
    </message>
    <message>
        <source>email: mentor %1 (%2) already has the address %3.</source>
        <translation>email: Mentor:in %1 (%2) hat die Adresse %3 schon.</translation>
    </message>
    <message>
        <source>no mentor of this track has a free slot</source>
        <translation>keine Mentor:in dieses Programms hat einen freien Termin</translation>
    </message>
    <message>
        <source>Mentor %1 has no free slot: %2 of %3 mentees (at most %4 mentees, %5 weekly call slots).</source>
        <translation>Mentor:in %1 hat keinen freien Termin: %2 von %3 Mentees (höchstens %4 Mentees, %5 wöchentliche Gesprächstermine).</translation>
    </message>
    <message>
        <source>Mentor %1 is already the mentor of application %2.</source>
        <translation>Mentor:in %1 betreut Bewerbung %2 bereits.</translation>
    </message>
    <message>
        <source>Application %1 has no proposed mentor to confirm.</source>
        <translation>Bewerbung %1 hat keine vorgeschlagene Mentor:in, die sich bestätigen ließe.</translation>
    </message>
</context>
<context>
    <name>MentorTab</name>
    <message>
        <source>Con&amp;firm Mentor</source>
        <translation>Mentor:in &amp;bestätigen</translation>
    </message>
    <message>
        <source>Find Men&amp;tor…</source>
        <translation>Mentor:in &amp;finden…</translation>
    </message>
    <message>
        <source>Lo&amp;g Mentor Call…</source>
        <translation>Mentoring-Gespräch &amp;eintragen…</translation>
    </message>
    <message>
        <source>Mentor calls</source>
        <translation>Mentoring-Gespräche</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor:in</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Mentor: %1</source>
        <translation>Mentor:in: %1</translation>
    </message>
    <message>
        <source>Mentor: none: %1.</source>
        <translation>Mentor:in: keine: %1.</translation>
    </message>
    <message>
        <source>Only enrolled and active students have a mentor.</source>
        <translation>Nur eingeschriebene und aktive Teilnehmende haben eine Mentor:in.</translation>
    </message>
    <message>
        <source>Weekly calls: %1</source>
        <translation>Wöchentliche Gespräche: %1</translation>
    </message>
    <message>
        <source>Logged by %1</source>
        <translation>Eingetragen von %1</translation>
    </message>
    <message>
        <source>Mentor Not Confirmed</source>
        <translation>Mentor:in nicht bestätigt</translation>
    </message>
</context>
<context>
    <name>MentoringCommands</name>
    <message>
        <source>List the mentors who could take a student.</source>
        <translation>Die Mentor:innen auflisten, die eine teilnehmende Person übernehmen könnten.</translation>
    </message>
    <message>
        <source>Lists the active mentors of application APPLICATION&apos;s track with a free slot (one 1:1 call a week per mentee, so no more mentees than their weekly slots nor their maximum), nearest time zone first, then the lightest load.</source>
        <translation>Listet die aktiven Mentor:innen des Programms der Bewerbung APPLICATION mit freiem Termin auf (ein 1:1-Gespräch pro Woche und Mentee, also nicht mehr Mentees als wöchentliche Termine und nicht mehr als ihr Höchstwert), die nächste Zeitzone zuerst, dann die geringste Auslastung.</translation>
    </message>
    <message>
        <source>Give a student a mentor.</source>
        <translation>Einer teilnehmenden Person eine Mentor:in zuordnen.</translation>
    </message>
    <message>
        <source>Makes mentor MENTOR (their id) the mentor of application APPLICATION, an enrolled or active student; a current mentor&apos;s assignment ends (&quot;reassigned&quot;). The mentor must have a free slot.</source>
        <translation>Macht die Mentor:in MENTOR (ihre ID) zur Mentor:in der Bewerbung APPLICATION, einer eingeschriebenen oder aktiven teilnehmenden Person; die Zuordnung einer bisherigen Mentor:in endet („reassigned“). Die Mentor:in muss einen freien Termin haben.</translation>
    </message>
    <message>
        <source>Confirm the mentor proposed at enrolment.</source>
        <translation>Die bei der Einschreibung vorgeschlagene Mentor:in bestätigen.</translation>
    </message>
    <message>
        <source>Enrolment proposes the best mentor for a student; this makes the proposed mentor of application APPLICATION its mentor, confirmed by you, now. mentor assign picks another instead.</source>
        <translation>Die Einschreibung schlägt die passendste Mentor:in für eine teilnehmende Person vor; dies macht die vorgeschlagene Mentor:in der Bewerbung APPLICATION jetzt zu ihrer Mentor:in, von Ihnen bestätigt. mentor assign wählt stattdessen eine andere.</translation>
    </message>
    <message>
        <source>Log a student&apos;s 1:1 call with their mentor.</source>
        <translation>Ein 1:1-Gespräch einer teilnehmenden Person mit ihrer Mentor:in eintragen.</translation>
    </message>
    <message>
        <source>Logs a 1:1 call of application APPLICATION, an enrolled or active student, with their current mentor (or --mentor ID) on a day of the bootcamp&apos;s calendar (its time zone; see time-zone show). Every student is promised one call a week.</source>
        <translation>Trägt ein 1:1-Gespräch der Bewerbung APPLICATION, einer eingeschriebenen oder aktiven teilnehmenden Person, mit ihrer aktuellen Mentor:in (oder --mentor ID) an einem Tag des Bootcamp-Kalenders ein (in dessen Zeitzone; siehe time-zone show). Allen Teilnehmenden ist ein Gespräch pro Woche zugesagt.</translation>
    </message>
    <message>
        <source>The day of the call, YYYY-MM-DD (default today in the bootcamp&apos;s time zone).</source>
        <translation>Der Tag des Gesprächs, YYYY-MM-DD (Vorgabe: heute in der Zeitzone des Bootcamps).</translation>
    </message>
    <message>
        <source>The mentor of the call, by id (default the student&apos;s current mentor).</source>
        <translation>Die Mentor:in des Gesprächs, per ID (Vorgabe: die aktuelle Mentor:in der teilnehmenden Person).</translation>
    </message>
    <message>
        <source>What was talked about (optional).</source>
        <translation>Worüber gesprochen wurde (optional).</translation>
    </message>
    <message>
        <source>List a student&apos;s 1:1 calls.</source>
        <translation>Die 1:1-Gespräche einer teilnehmenden Person auflisten.</translation>
    </message>
    <message>
        <source>Lists the 1:1 calls of application APPLICATION, newest first, and how the student&apos;s weekly cadence stands.</source>
        <translation>Listet die 1:1-Gespräche der Bewerbung APPLICATION auf, die neuesten zuerst, und wie es um den wöchentlichen Rhythmus der teilnehmenden Person steht.</translation>
    </message>
    <message>
        <source>Show who keeps the weekly 1:1 calls.</source>
        <translation>Anzeigen, wer die wöchentlichen 1:1-Gespräche einhält.</translation>
    </message>
    <message>
        <source>Lists every mentor with active mentees: the calls held of those promised over the last 4 completed weeks of the bootcamp&apos;s calendar (weeks begin on Monday), and whether they are behind; then the students behind, whose last completed week had no call. --behind lists only the mentors behind.</source>
        <translation>Listet alle Mentor:innen mit aktiven Mentees auf: die geführten von den zugesagten Gesprächen in den letzten 4 abgeschlossenen Wochen des Bootcamp-Kalenders (Wochen beginnen am Montag) und ob sie im Rückstand sind; dann die Teilnehmenden im Rückstand, deren letzte abgeschlossene Woche ohne Gespräch war. --behind listet nur die Mentor:innen im Rückstand.</translation>
    </message>
    <message>
        <source>Only the mentors behind.</source>
        <translation>Nur die Mentor:innen im Rückstand.</translation>
    </message>
    <message>
        <source>APPLICATION must be an application id (a whole number), not &apos;%1&apos;.</source>
        <translation>APPLICATION muss die Nummer einer Bewerbung sein (eine ganze Zahl), nicht &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Abstand</translation>
    </message>
    <message>
        <source>Slots used</source>
        <translation>Belegte Termine</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Application %1: %2.</source>
        <translation>Bewerbung %1: %2.</translation>
    </message>
    <message>
        <source>MENTOR must be a mentor&apos;s id (see mentor list), not &apos;%1&apos;.</source>
        <translation>MENTOR muss die ID einer Mentor:in sein (siehe mentor list), nicht &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Application %1: mentor %2.</source>
        <translation>Bewerbung %1: Mentor:in %2.</translation>
    </message>
    <message>
        <source>Application %1 has no mentor.</source>
        <translation>Bewerbung %1 hat keine Mentor:in.</translation>
    </message>
    <message>
        <source>Application %1: mentor %2 confirmed.</source>
        <translation>Bewerbung %1: Mentor:in %2 bestätigt.</translation>
    </message>
    <message>
        <source>Application %1: mentor call logged (activity %2).</source>
        <translation>Bewerbung %1: Mentoring-Gespräch eingetragen (Aktivität %2).</translation>
    </message>
    <message>
        <source>Calls: %1</source>
        <translation>Gespräche: %1</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor:in</translation>
    </message>
    <message>
        <source>Logged by</source>
        <translation>Eingetragen von</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>No mentor call logged for application %1: mentor call log %1 logs one.</source>
        <translation>Für Bewerbung %1 ist kein Mentoring-Gespräch eingetragen: mentor call log %1 trägt eines ein.</translation>
    </message>
    <message>
        <source>Cadence: %1</source>
        <translation>Rhythmus: %1</translation>
    </message>
    <message>
        <source>behind</source>
        <translation>im Rückstand</translation>
    </message>
    <message>
        <source>Mentees</source>
        <translation>Mentees</translation>
    </message>
    <message>
        <source>Calls (4 wk)</source>
        <translation>Gespräche (4 Wo.)</translation>
    </message>
    <message>
        <source>Behind</source>
        <translation>Im Rückstand</translation>
    </message>
    <message>
        <source>No mentor is behind on the weekly calls.</source>
        <translation>Keine Mentor:in ist mit den wöchentlichen Gesprächen im Rückstand.</translation>
    </message>
    <message>
        <source>No mentor has an active mentee with a confirmed assignment.</source>
        <translation>Keine Mentor:in hat eine:n aktive:n Mentee mit bestätigter Zuordnung.</translation>
    </message>
    <message>
        <source>Students behind</source>
        <translation>Teilnehmende im Rückstand</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Bewerbung</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Teilnehmer:in</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Gespräche</translation>
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
        <source>Student&apos;s application</source>
        <translation>Bewerbung der/des Studierenden</translation>
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
        <source>%1 (inactive)</source>
        <translation>%1 (inaktiv)</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <source>%1 is now the mentor of application %2.</source>
        <translation>%1 betreut jetzt Bewerbung %2.</translation>
    </message>
    <message>
        <source>No mentors yet. Every enrolled student gets a mentor of their track: New Mentor… adds the first.</source>
        <translation>Noch keine Mentor:innen. Alle eingeschriebenen Teilnehmenden bekommen eine:n Mentor:in ihres Programms: „Neue:r Mentor:in…“ legt die erste Person an.</translation>
    </message>
    <message>
        <source>Type the application number of an enrolled student and press Enter: the mentors of their track with a free place are listed here, the nearest time zone first.</source>
        <translation>Geben Sie die Bewerbungsnummer einer eingeschriebenen Person ein und drücken Sie Enter: Hier stehen dann die Mentor:innen ihres Programms mit freiem Platz, die nächste Zeitzone zuerst.</translation>
    </message>
    <message>
        <source>A mentor</source>
        <translation>Ein:e Mentor:in</translation>
    </message>
    <message>
        <source>Mentor added.</source>
        <translation>Mentor:in angelegt.</translation>
    </message>
    <message>
        <source>%1 saved.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>%1 takes new students again.</source>
        <translation>%1 nimmt wieder neue Teilnehmende an.</translation>
    </message>
    <message>
        <source>%1 takes no new students; their current students keep them.</source>
        <translation>%1 nimmt keine neuen Teilnehmenden an; die bisherigen bleiben bei ihr oder ihm.</translation>
    </message>
    <message>
        <source>Ne&amp;w Mentor…</source>
        <translation>&amp;Neue:r Mentor:in…</translation>
    </message>
    <message>
        <source>Ed&amp;it Mentor…</source>
        <translation>Mentor:in bea&amp;rbeiten…</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <source>Application number of an enrolled student</source>
        <translation>Bewerbungsnummer einer eingeschriebenen Person</translation>
    </message>
    <message>
        <source>S&amp;uggest mentors</source>
        <translation>Mentor:innen vorsch&amp;lagen</translation>
    </message>
    <message>
        <source>Assign the selected ment&amp;or</source>
        <translation>Ausgewählte Mentor:in &amp;zuweisen</translation>
    </message>
    <message>
        <source>S&amp;tudent:</source>
        <translation>Teilnehmende &amp;Person:</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>Aktivieren</translation>
    </message>
    <message>
        <source>There is no application %1.</source>
        <translation>Es gibt keine Bewerbung %1.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Type the application number of an enrolled student.</source>
        <translation>Geben Sie die Bewerbungsnummer einer eingeschriebenen Person ein.</translation>
    </message>
    <message>
        <source>Slots used</source>
        <translation>Belegte Termine</translation>
    </message>
    <message>
        <source>Calls (4 wk)</source>
        <translation>Gespräche (4 Wo.)</translation>
    </message>
    <message>
        <source>Behind</source>
        <translation>Im Rückstand</translation>
    </message>
    <message>
        <source>Application %1 (%2): %3</source>
        <translation>Bewerbung %1 (%2): %3</translation>
    </message>
    <message>
        <source>behind (students: %1)</source>
        <translation>im Rückstand (Teilnehmende: %1)</translation>
    </message>
    <message>
        <source>No active mentor of this track has a free slot.</source>
        <translation>Keine aktive Mentor:in dieses Programms hat einen freien Termin.</translation>
    </message>
</context>
<context>
    <name>MergeApplicantsDialog</name>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>Merge Applicants</source>
        <translation>Bewerber:innen zusammenführen</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Zusammenführen</translation>
    </message>
    <message>
        <source>These applicants cannot be merged: %1</source>
        <translation>Diese Bewerber:innen können nicht zusammengeführt werden: %1</translation>
    </message>
    <message>
        <source>Two records of one person become one. Choose the record that survives, and for each field the value it keeps:</source>
        <translation>Zwei Einträge einer Person werden einer. Wählen Sie den Eintrag, der bleibt, und für jedes Feld den Wert, den er behält:</translation>
    </message>
    <message>
        <source>&amp;Surviving record:</source>
        <translation>&amp;Bleibender Eintrag:</translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
        <translation>%1 von %2: %3</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Beide</translation>
    </message>
    <message>
        <source>%1: both, one after the other</source>
        <translation>%1: beide, nacheinander</translation>
    </message>
    <message>
        <source>Nothing was merged: %1</source>
        <translation>Nichts wurde zusammengeführt: %1</translation>
    </message>
    <message>
        <source>Moving from %1 to %2: applications %L3, activities %L4. %2 keeps the values chosen above, and %1 is then kept only as a record that names %2. This cannot be undone.</source>
        <translation>Von %1 an %2 gehen: Bewerbungen %L3, Aktivitäten %L4. %2 behält die oben gewählten Werte, und von %1 bleibt dann nur ein Eintrag, der auf %2 verweist. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Survives: applicant %1</source>
        <translation>Bleibt: Bewerber:in %1</translation>
    </message>
    <message>
        <source>Merged away: applicant %1</source>
        <translation>Geht auf: Bewerber:in %1</translation>
    </message>
</context>
<context>
    <name>MoveUndo</name>
    <message>
        <source>Move to %1</source>
        <translation>Verschiebung nach %1</translation>
    </message>
    <message>
        <source>Move of %L1 Applications to %2</source>
        <translation>Verschiebung von %L1 Bewerbungen nach %2</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>No status move made in this window to undo.</source>
        <translation>In diesem Fenster wurde kein Status verschoben, der sich zurücknehmen ließe.</translation>
    </message>
    <message>
        <source>application %1: %2</source>
        <translation>Bewerbung %1: %2</translation>
    </message>
    <message>
        <source>Undo %1: not possible — %2</source>
        <translation>%1 rückgängig: nicht möglich – %2</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>%1 &amp;rückgängig</translation>
    </message>
    <message>
        <source>Undo %1, as a move of its own; the history keeps both.</source>
        <translation>%1 rückgängig machen, als eigene Verschiebung; der Verlauf behält beide.</translation>
    </message>
    <message>
        <source>%L1 of the %L2 applications cannot be moved back (%3).</source>
        <translation>%L1 der %L2 Bewerbungen lassen sich nicht zurückverschieben (%3).</translation>
    </message>
    <message>
        <source>The move could not be undone.</source>
        <translation>Die Verschiebung konnte nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Moved back from %1: %L2.</source>
        <translation>Zurückverschoben aus %1: %L2.</translation>
    </message>
    <message>
        <source>Application %1: %2</source>
        <translation>Bewerbung %1: %2</translation>
    </message>
    <message>
        <source>Some moves were not undone</source>
        <translation>Einige Verschiebungen wurden nicht rückgängig gemacht</translation>
    </message>
    <message>
        <source>Not moved back, and nothing changed for them: %L1 of %L2 applications.</source>
        <translation>Nicht zurückverschoben, an ihnen hat sich nichts geändert: %L1 von %L2 Bewerbungen.</translation>
    </message>
</context>
<context>
    <name>NamedRecords</name>
    <message>
        <source>There is no cohort named %1.</source>
        <translation>Es gibt keine Kohorte namens %1.</translation>
    </message>
    <message>
        <source>%1: there is no cohort named %2.</source>
        <translation>%1: Es gibt keine Kohorte namens %2.</translation>
    </message>
    <message>
        <source>%1: there is no staff user %2.</source>
        <translation>%1: Es gibt keine Mitarbeiter:in %2.</translation>
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
    <message>
        <source>Cou&amp;ntry</source>
        <translation>&amp;Land</translation>
    </message>
    <message>
        <source>New Application for %1</source>
        <translation>Neue Bewerbung für %1</translation>
    </message>
    <message>
        <source>&amp;Add Application</source>
        <translation>Bewerbung &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add the Application to %1 (Applicant %2) Instead</source>
        <translation>Die Bewerbung stattdessen %1 (Bewerber:in %2) hinzufügen</translation>
    </message>
</context>
<context>
    <name>NewStaffUserDialog</name>
    <message>
        <source>Add Staff User</source>
        <translation>Mitarbeiter:in hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>&amp;Benutzername</translation>
    </message>
    <message>
        <source>&amp;Display name</source>
        <translation>&amp;Anzeigename</translation>
    </message>
    <message>
        <source>R&amp;ole</source>
        <translation>&amp;Rolle</translation>
    </message>
</context>
<context>
    <name>OfferCommands</name>
    <message>
        <source>List the offers still to send to applicants.</source>
        <translation>Die Angebote auflisten, die den Bewerber:innen noch zu senden sind.</translation>
    </message>
    <message>
        <source>Prints the offers that nobody has recorded as sent yet, the soonest to expire first: those of your applications and of applications nobody owns, or everyone&apos;s with --all. Most offers are made by the desk itself (a seat free at qualification, a seat released to the waitlist); the seat is held from the offer, so send it soon.</source>
        <translation>Gibt die Angebote aus, die noch niemand als gesendet erfasst hat, das am frühesten ablaufende zuerst: die Ihrer Bewerbungen und die von Bewerbungen ohne Zuständige, oder mit --all die aller. Die meisten Angebote macht das System selbst (ein freier Platz bei der Qualifizierung, ein an die Warteliste freigegebener Platz); der Platz wird ab dem Angebot gehalten, senden Sie es also bald.</translation>
    </message>
    <message>
        <source>Everyone&apos;s offers, not only yours.</source>
        <translation>Die Angebote aller, nicht nur Ihre.</translation>
    </message>
    <message>
        <source>Record that an application&apos;s offer was sent.</source>
        <translation>Erfassen, dass das Angebot einer Bewerbung gesendet wurde.</translation>
    </message>
    <message>
        <source>Records that the current offer of application APPLICATION (its id) was sent to the applicant now, by you. The record is kept with the offer and in the audit trail.</source>
        <translation>Erfasst, dass das aktuelle Angebot der Bewerbung APPLICATION (ihre Nummer) jetzt von Ihnen an die Bewerberin oder den Bewerber gesendet wurde. Der Eintrag wird beim Angebot und im Prüfprotokoll aufbewahrt.</translation>
    </message>
    <message>
        <source>by a person</source>
        <translation>von einer Person</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Bewerbung</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Bewerber:in</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Kohorte</translation>
    </message>
    <message>
        <source>Offered on</source>
        <translation>Angeboten am</translation>
    </message>
    <message>
        <source>Held until</source>
        <translation>Gehalten bis</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>No offer is waiting to be sent.</source>
        <translation>Kein Angebot wartet darauf, gesendet zu werden.</translation>
    </message>
    <message>
        <source>APPLICATION must be an application id (a whole number), not &apos;%1&apos;.</source>
        <translation>APPLICATION muss eine Bewerbungsnummer (eine ganze Zahl) sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>The offer to application %1 is recorded as sent; the seat is %2.</source>
        <translation>Das Angebot an Bewerbung %1 ist als gesendet erfasst; der Platz wird %2.</translation>
    </message>
</context>
<context>
    <name>OfferNoticeBar</name>
    <message>
        <source>Mark Offer &amp;Sent</source>
        <translation>Angebot als &amp;gesendet markieren</translation>
    </message>
    <message>
        <source>Record that you told the applicant about the offer</source>
        <translation>Erfassen, dass Sie die Bewerberin oder den Bewerber über das Angebot informiert haben</translation>
    </message>
    <message>
        <source>The offer cannot be found in the status history.</source>
        <translation>Das Angebot ist im Statusverlauf nicht zu finden.</translation>
    </message>
    <message>
        <source>Offer Not Marked</source>
        <translation>Angebot nicht markiert</translation>
    </message>
</context>
<context>
    <name>OfferNoticeService</name>
    <message>
        <source>There is no application %1.</source>
        <translation>Es gibt keine Bewerbung %1.</translation>
    </message>
    <message>
        <source>Application %1 holds no offer to send: it is %2.</source>
        <translation>Bewerbung %1 hat kein Angebot zum Senden: Sie ist %2.</translation>
    </message>
    <message>
        <source>The offer to application %1 was already sent, on %2 by %3.</source>
        <translation>Das Angebot an Bewerbung %1 wurde bereits gesendet, am %2 von %3.</translation>
    </message>
</context>
<context>
    <name>OfferText</name>
    <message>
        <source>expired on %1</source>
        <translation>abgelaufen am %1</translation>
    </message>
    <message>
        <source>held until the end of today</source>
        <translation>gehalten bis heute Tagesende</translation>
    </message>
    <message numerus="yes">
        <source>held until %1, %n day(s) left</source>
        <translation>
            <numerusform>gehalten bis %1, noch %n Tag</numerusform>
            <numerusform>gehalten bis %1, noch %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Offered by the desk on %1 (%2)</source>
        <translation>Vom System angeboten am %1 (%2)</translation>
    </message>
    <message>
        <source>Offered on %1</source>
        <translation>Angeboten am %1</translation>
    </message>
    <message>
        <source>Sent %1 by %2.</source>
        <translation>Gesendet %1 von %2.</translation>
    </message>
    <message>
        <source>Not sent to the applicant yet.</source>
        <translation>Noch nicht an die Bewerberin oder den Bewerber gesendet.</translation>
    </message>
    <message>
        <source>%1: %2. %3</source>
        <translation>%1: %2. %3</translation>
    </message>
</context>
<context>
    <name>OffersToSendDialog</name>
    <message>
        <source>Application</source>
        <translation>Bewerbung</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Bewerber:in</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Kohorte</translation>
    </message>
    <message>
        <source>Offered on</source>
        <translation>Angeboten am</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Gehalten</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Offers to send</source>
        <translation>Zu versendende Angebote</translation>
    </message>
    <message>
        <source>&amp;Everyone&apos;s offers</source>
        <translation>&amp;Angebote aller</translation>
    </message>
    <message>
        <source>&amp;Mark Sent</source>
        <translation>Als gesendet &amp;markieren</translation>
    </message>
    <message>
        <source>Offers to Send</source>
        <translation>Zu versendende Angebote</translation>
    </message>
    <message>
        <source>Show the offers of applications other staff own, too</source>
        <translation>Auch die Angebote von Bewerbungen zeigen, für die andere zuständig sind</translation>
    </message>
    <message>
        <source>The offers cannot be read: %1</source>
        <translation>Die Angebote können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>niemand</translation>
    </message>
    <message>
        <source>offered by a person</source>
        <translation>von einer Person angeboten</translation>
    </message>
    <message>
        <source>Every offer has been sent.</source>
        <translation>Jedes Angebot wurde gesendet.</translation>
    </message>
    <message>
        <source>Offers waiting to be sent: %L1. The seat is held from the offer, so tell the applicant soon. Enter or a double click shows the application.</source>
        <translation>Angebote, die auf das Senden warten: %L1. Der Platz wird ab dem Angebot gehalten, informieren Sie die Bewerber:innen also bald. Eingabe oder ein Doppelklick zeigt die Bewerbung.</translation>
    </message>
    <message>
        <source>Offer Not Marked</source>
        <translation>Angebot nicht markiert</translation>
    </message>
</context>
<context>
    <name>OutcomesReport</name>
    <message>
        <source>Still seeking</source>
        <translation>Sucht noch</translation>
    </message>
    <message>
        <source>Not seeking</source>
        <translation>Sucht nicht</translation>
    </message>
    <message>
        <source>Not reporting</source>
        <translation>Keine Angabe</translation>
    </message>
    <message>
        <source>Job outcomes by cohort</source>
        <translation>Vermittlungsergebnisse nach Kohorte</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Kohorte</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>Graduates</source>
        <translation>Absolvent:innen</translation>
    </message>
    <message>
        <source>% placed in field</source>
        <translation>% im Fachgebiet vermittelt</translation>
    </message>
    <message>
        <source>Median days to job</source>
        <translation>Median (Tage bis zur Stelle)</translation>
    </message>
    <message>
        <source>Guarantee decisions due</source>
        <translation>Fällige Garantieentscheidungen</translation>
    </message>
    <message>
        <source>Of them eligible</source>
        <translation>Davon anspruchsberechtigt</translation>
    </message>
    <message>
        <source>Graduates of each cohort in the categories of the outcomes export: the placement&apos;s outcome once placed, still seeking in job search, not seeking, and not reporting for a graduate who never began a job search.</source>
        <translation>Absolvent:innen jeder Kohorte in den Kategorien des CIRR-Exports: nach einer Vermittlung deren Ergebnis, „Sucht noch“ in der Jobsuche, „Sucht nicht“ und „Keine Angabe“ für Absolvent:innen, die nie eine Jobsuche begonnen haben.</translation>
    </message>
    <message>
        <source>Placed in field: in field full-time or part-time/contract, of all graduates. Median days to job: from graduation to the job&apos;s first day, of those placed (nearest rank).</source>
        <translation>Im Fachgebiet vermittelt: im Fachgebiet in Vollzeit oder in Teilzeit/auf Vertragsbasis, bezogen auf alle Absolvent:innen. Median (Tage bis zur Stelle): vom Abschluss bis zum ersten Arbeitstag, bezogen auf die Vermittelten (Nearest-Rank-Methode).</translation>
    </message>
    <message>
        <source>Guarantee decisions due: graduates still in job search whose guarantee period has ended; of them eligible: those who kept the cohort&apos;s weekly terms.</source>
        <translation>Fällige Garantieentscheidungen: Absolvent:innen, die noch in der Jobsuche sind und deren Garantiezeitraum abgelaufen ist; davon anspruchsberechtigt: wer die wöchentlichen Bedingungen der Kohorte eingehalten hat.</translation>
    </message>
</context>
<context>
    <name>OutputTarget</name>
    <message>
        <source>Will not write %1: %2 Nothing was written; choose another file name.</source>
        <translation>%1 wird nicht geschrieben: %2 Nichts wurde geschrieben; wählen Sie einen anderen Dateinamen.</translation>
    </message>
    <message>
        <source>it is the database %1 itself.</source>
        <translation>Es ist die Datenbank %1 selbst.</translation>
    </message>
    <message>
        <source>it is the write-ahead log of the database %1, which holds its latest changes.</source>
        <translation>Es ist das Write-Ahead-Log der Datenbank %1, das ihre neuesten Änderungen enthält.</translation>
    </message>
    <message>
        <source>it is the shared-memory index of the database %1.</source>
        <translation>Es ist der Shared-Memory-Index der Datenbank %1.</translation>
    </message>
    <message>
        <source>it is the rollback journal of the database %1.</source>
        <translation>Es ist das Rollback-Journal der Datenbank %1.</translation>
    </message>
    <message>
        <source>it is an SQLite database (a backup, or another program&apos;s data), which an output never replaces.</source>
        <translation>Es ist eine SQLite-Datenbank (eine Sicherung oder die Daten eines anderen Programms), und eine Ausgabe ersetzt nie eine Datenbank.</translation>
    </message>
</context>
<context>
    <name>PasswordFields</name>
    <message numerus="yes">
        <source>at least %n characters</source>
        <translation>
            <numerusform>mindestens %n Zeichen</numerusform>
            <numerusform>mindestens %n Zeichen</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Passwort</translation>
    </message>
    <message>
        <source>&amp;Repeat password</source>
        <translation>Passwort &amp;wiederholen</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Die beiden Passwörter stimmen nicht überein.</translation>
    </message>
</context>
<context>
    <name>PasswordHash</name>
    <message numerus="yes">
        <source>A password needs at least %n characters.</source>
        <translation>
            <numerusform>Ein Passwort braucht mindestens %n Zeichen.</numerusform>
            <numerusform>Ein Passwort braucht mindestens %n Zeichen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A password may have at most %n characters.</source>
        <translation>
            <numerusform>Ein Passwort darf höchstens %n Zeichen haben.</numerusform>
            <numerusform>Ein Passwort darf höchstens %n Zeichen haben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not enough memory to hash the password.</source>
        <translation>Der Arbeitsspeicher reicht nicht aus, um das Passwort zu hashen.</translation>
    </message>
</context>
<context>
    <name>Payment</name>
    <message>
        <source>Deposit</source>
        <translation>Anzahlung</translation>
    </message>
    <message>
        <source>Instalment</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Erstattung</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Überweisung</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Bar</translation>
    </message>
    <message>
        <source>Financing</source>
        <translation>Finanzierung</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
</context>
<context>
    <name>PaymentCommands</name>
    <message>
        <source>The day (YYYY-MM-DD); today unless told.</source>
        <translation>Der Tag (JJJJ-MM-TT); ohne Angabe heute.</translation>
    </message>
    <message>
        <source>Record money received for an application, or paid back.</source>
        <translation>Für eine Bewerbung eingegangenes oder zurückgezahltes Geld erfassen.</translation>
    </message>
    <message>
        <source>Adds an entry to the ledger of application APPLICATION (its id): --kind (%1) and --amount (e.g. 1500 or 1500.00, in the cohort&apos;s currency), with --method (%2; bank_transfer unless told), --reference and --on. The payment state follows from the ledger. A refund cannot be more than was paid; a refund request moved to refunded records its refund by itself.</source>
        <translation>Fügt dem Konto der Bewerbung APPLICATION (ihre ID) einen Eintrag hinzu: --kind (%1) und --amount (z. B. 1500 oder 1500.00, in der Währung der Kohorte), mit --method (%2; ohne Angabe bank_transfer), --reference und --on. Der Zahlungsstand folgt aus dem Konto. Eine Erstattung kann nicht mehr sein als gezahlt wurde; ein Erstattungsantrag, der nach refunded wechselt, erfasst seine Erstattung selbst.</translation>
    </message>
    <message>
        <source>deposit, instalment or refund.</source>
        <translation>deposit, instalment oder refund.</translation>
    </message>
    <message>
        <source>How much, e.g. 1500.00.</source>
        <translation>Wie viel, z. B. 1500.00.</translation>
    </message>
    <message>
        <source>How it was paid.</source>
        <translation>Wie gezahlt wurde.</translation>
    </message>
    <message>
        <source>The bank&apos;s or card processor&apos;s reference.</source>
        <translation>Die Referenz der Bank oder des Kartenanbieters.</translation>
    </message>
    <message>
        <source>List an application&apos;s payments.</source>
        <translation>Die Zahlungen einer Bewerbung auflisten.</translation>
    </message>
    <message>
        <source>Prints the ledger of application APPLICATION (its id), oldest entry first; the totals go to standard error.</source>
        <translation>Gibt das Konto der Bewerbung APPLICATION (ihre ID) aus, den ältesten Eintrag zuerst; die Summen gehen auf die Standardfehlerausgabe.</translation>
    </message>
    <message>
        <source>Let an application enrol without its deposit (administrators).</source>
        <translation>Eine Bewerbung ohne Anzahlung einschreiben lassen (Administrator:innen).</translation>
    </message>
    <message>
        <source>Waives the deposit of application APPLICATION (its id), with --reason. The waiver is recorded in the audit trail.</source>
        <translation>Verzichtet auf die Anzahlung der Bewerbung APPLICATION (ihre ID), mit --reason. Der Verzicht wird im Prüfprotokoll festgehalten.</translation>
    </message>
    <message>
        <source>Why.</source>
        <translation>Warum.</translation>
    </message>
    <message>
        <source>Say what a refund would come to.</source>
        <translation>Sagen, was eine Erstattung ergäbe.</translation>
    </message>
    <message>
        <source>Prints what a refund of application APPLICATION (its id) asked for on --on (today unless told) comes to: in full inside the cohort&apos;s money-back window, then by its refund schedule, of the amount paid.</source>
        <translation>Gibt aus, was eine am Tag --on (ohne Angabe heute) beantragte Erstattung der Bewerbung APPLICATION (ihre ID) ergibt: voll innerhalb der Geld-zurück-Frist der Kohorte, danach nach ihrem Erstattungsplan, vom gezahlten Betrag.</translation>
    </message>
    <message>
        <source>Set a cohort&apos;s price and deposit.</source>
        <translation>Preis und Anzahlung einer Kohorte festlegen.</translation>
    </message>
    <message>
        <source>Sets the price and the deposit of cohort NAME, in --currency (a three-letter code; USD unless told, or the one set before).</source>
        <translation>Legt Preis und Anzahlung der Kohorte NAME fest, in --currency (ein Code aus drei Buchstaben; ohne Angabe USD oder die zuvor festgelegte).</translation>
    </message>
    <message>
        <source>The price of a seat, e.g. 15000.</source>
        <translation>Der Preis eines Platzes, z. B. 15000.</translation>
    </message>
    <message>
        <source>The deposit that enrols, e.g. 1500.</source>
        <translation>Die Anzahlung, die einschreibt, z. B. 1500.</translation>
    </message>
    <message>
        <source>e.g. USD or EUR.</source>
        <translation>z. B. USD oder EUR.</translation>
    </message>
    <message>
        <source>APPLICATION must be an application id (a whole number), not &apos;%1&apos;.</source>
        <translation>APPLICATION muss eine Bewerbungs-ID sein (eine ganze Zahl), nicht &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Say how much with --%1 AMOUNT.</source>
        <translation>Geben Sie den Betrag mit --%1 AMOUNT an.</translation>
    </message>
    <message>
        <source>--%1 must be an amount such as 1500 or 1500.50, not &apos;%2&apos;.</source>
        <translation>--%1 muss ein Betrag wie 1500 oder 1500.50 sein, nicht &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>--on must be a day such as 2026-12-07, not &apos;%1&apos;.</source>
        <translation>--on muss ein Tag wie 2026-12-07 sein, nicht &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--kind must be one of %1, not &apos;%2&apos;.</source>
        <translation>--kind muss eines von %1 sein, nicht &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>--method must be one of %1, not &apos;%2&apos;.</source>
        <translation>--method muss eines von %1 sein, nicht &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>Payment %1 recorded: %2 of %3 on %4.</source>
        <translation>Zahlung %1 erfasst: %2 über %3 am %4.</translation>
    </message>
    <message>
        <source>Application %1: %2.</source>
        <translation>Bewerbung %1: %2.</translation>
    </message>
    <message>
        <source>desk</source>
        <translation>Desk</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Am</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Zahlungsweg</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Erfasst von</translation>
    </message>
    <message>
        <source>No payment yet: payment record %1 --kind deposit --amount AMOUNT records one.</source>
        <translation>Noch keine Zahlung: payment record %1 --kind deposit --amount AMOUNT erfasst eine.</translation>
    </message>
    <message>
        <source>Say why with --reason TEXT.</source>
        <translation>Geben Sie den Grund mit --reason TEXT an.</translation>
    </message>
    <message>
        <source>Application %1&apos;s deposit is waived: it may be enrolled.</source>
        <translation>Auf die Anzahlung der Bewerbung %1 wird verzichtet: sie kann eingeschrieben werden.</translation>
    </message>
    <message>
        <source>Day of the program: %1</source>
        <translation>Tag des Programms: %1</translation>
    </message>
    <message>
        <source>Money-back window: %1 days, %2</source>
        <translation>Geld-zurück-Frist: %1 Tage, %2</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>noch %1</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>Refund: %1% of %2 paid</source>
        <translation>Erstattung: %1 % von %2 gezahlt</translation>
    </message>
    <message>
        <source>Amount: %1 %2</source>
        <translation>Betrag: %1 %2</translation>
    </message>
    <message>
        <source>Cohort %1: a seat costs %2, with a deposit of %3.</source>
        <translation>Kohorte %1: ein Platz kostet %2, mit einer Anzahlung von %3.</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Record Payment of Application %1</source>
        <translation>Zahlung der Bewerbung %1 erfassen</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>The bank&apos;s or card processor&apos;s reference</source>
        <translation>Die Referenz der Bank oder des Kartenanbieters</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>&amp;Betrag</translation>
    </message>
    <message>
        <source>Paid &amp;on</source>
        <translation>Gezahlt a&amp;m</translation>
    </message>
    <message>
        <source>&amp;Method</source>
        <translation>&amp;Zahlungsweg</translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation>&amp;Referenz</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Erfassen</translation>
    </message>
</context>
<context>
    <name>PaymentService</name>
    <message>
        <source>&quot;%1&quot; is not a currency code: three capital letters, such as USD or EUR.</source>
        <translation>„%1“ ist kein Währungscode: drei Großbuchstaben, wie USD oder EUR.</translation>
    </message>
    <message>
        <source>The price cannot be negative.</source>
        <translation>Der Preis kann nicht negativ sein.</translation>
    </message>
    <message>
        <source>The deposit cannot be negative.</source>
        <translation>Die Anzahlung kann nicht negativ sein.</translation>
    </message>
    <message>
        <source>The deposit (%1) is more than the price (%2).</source>
        <translation>Die Anzahlung (%1) ist höher als der Preis (%2).</translation>
    </message>
    <message>
        <source>There is no cohort %1.</source>
        <translation>Es gibt keine Kohorte %1.</translation>
    </message>
    <message>
        <source>Cohort %1 has payments in %2: its currency cannot change to %3.</source>
        <translation>Kohorte %1 hat Zahlungen in %2: ihre Währung kann nicht zu %3 wechseln.</translation>
    </message>
    <message>
        <source>A payment of application %1 needs an amount above zero.</source>
        <translation>Eine Zahlung der Bewerbung %1 braucht einen Betrag über null.</translation>
    </message>
    <message>
        <source>The payment&apos;s day %1 is in the future: record money once it has moved.</source>
        <translation>Der Tag der Zahlung, %1, liegt in der Zukunft: erfassen Sie Geld, wenn es geflossen ist.</translation>
    </message>
    <message>
        <source>Application %1&apos;s cohort has no price set: set the cohort&apos;s price and deposit first, so the payment has a currency.</source>
        <translation>Für die Kohorte der Bewerbung %1 ist kein Preis festgelegt: legen Sie zuerst Preis und Anzahlung der Kohorte fest, damit die Zahlung eine Währung hat.</translation>
    </message>
    <message>
        <source>A refund of %1 is more than application %2 has paid (%3).</source>
        <translation>Eine Erstattung von %1 ist mehr, als Bewerbung %2 gezahlt hat (%3).</translation>
    </message>
    <message>
        <source>Waiving application %1&apos;s deposit needs a reason.</source>
        <translation>Der Verzicht auf die Anzahlung der Bewerbung %1 braucht einen Grund.</translation>
    </message>
    <message>
        <source>Application %1&apos;s deposit was already waived by %2 on %3.</source>
        <translation>Auf die Anzahlung der Bewerbung %1 hat %2 bereits am %3 verzichtet.</translation>
    </message>
    <message>
        <source>Application %1 has not asked for a refund.</source>
        <translation>Bewerbung %1 hat keine Erstattung beantragt.</translation>
    </message>
    <message>
        <source>Application %1 cannot be enrolled: no deposit is recorded (its cohort has no price set). Record the deposit, or an administrator may waive it.</source>
        <translation>Bewerbung %1 kann nicht eingeschrieben werden: keine Anzahlung erfasst (für ihre Kohorte ist kein Preis festgelegt). Erfassen Sie die Anzahlung, oder eine Administrator:in verzichtet darauf.</translation>
    </message>
    <message>
        <source>Application %1 cannot be enrolled: its deposit of %2 is not paid (received so far: %3). Record the deposit, or an administrator may waive it.</source>
        <translation>Bewerbung %1 kann nicht eingeschrieben werden: ihre Anzahlung von %2 ist nicht gezahlt (bisher eingegangen: %3). Erfassen Sie die Anzahlung, oder eine Administrator:in verzichtet darauf.</translation>
    </message>
    <message>
        <source>There is no application %1.</source>
        <translation>Es gibt keine Bewerbung %1.</translation>
    </message>
    <message>
        <source>Application %1 has no cohort, so no refund schedule.</source>
        <translation>Bewerbung %1 hat keine Kohorte und damit keinen Erstattungsplan.</translation>
    </message>
</context>
<context>
    <name>PaymentText</name>
    <message>
        <source>deposit paid</source>
        <translation>Anzahlung gezahlt</translation>
    </message>
    <message>
        <source>paid in full</source>
        <translation>vollständig gezahlt</translation>
    </message>
    <message>
        <source>refunded</source>
        <translation>erstattet</translation>
    </message>
    <message>
        <source>nothing paid</source>
        <translation>nichts gezahlt</translation>
    </message>
    <message>
        <source>No price set for the cohort; nothing received</source>
        <translation>Kein Preis für die Kohorte festgelegt; nichts eingegangen</translation>
    </message>
    <message>
        <source>%1 received of %2 (%3)</source>
        <translation>%1 von %2 eingegangen (%3)</translation>
    </message>
    <message>
        <source>%1 received (%2)</source>
        <translation>%1 eingegangen (%2)</translation>
    </message>
    <message>
        <source>; %1 refunded</source>
        <translation>; %1 erstattet</translation>
    </message>
    <message>
        <source>; %1 due</source>
        <translation>; %1 offen</translation>
    </message>
    <message>
        <source>Deposit of %1 waived by %2: %3</source>
        <translation>Auf die Anzahlung von %1 verzichtet (%2): %3</translation>
    </message>
    <message>
        <source>Deposit waived by %1: %2</source>
        <translation>Auf die Anzahlung verzichtet (%1): %2</translation>
    </message>
    <message>
        <source>Today (%1) is the last day of the money-back window: a refund today is %2%, %3</source>
        <translation>Heute (%1) ist der letzte Tag der Geld-zurück-Frist: eine Erstattung heute beträgt %2 %, %3</translation>
    </message>
    <message>
        <source>Money-back window open until %1, days left: %2. A refund today is %3%, %4</source>
        <translation>Geld-zurück-Frist bis %1, verbleibende Tage: %2. Eine Erstattung heute beträgt %3 %, %4</translation>
    </message>
    <message>
        <source>Money-back window closed on %1 (today is day %2 of the program): a refund today is %3%, %4</source>
        <translation>Geld-zurück-Frist am %1 abgelaufen (heute ist Tag %2 des Programms): eine Erstattung heute beträgt %3 %, %4</translation>
    </message>
    <message>
        <source>Asked on day %1 of the program%2: %3% of %4 paid, %5</source>
        <translation>Beantragt an Tag %1 des Programms%2: %3 % von %4 gezahlt, %5</translation>
    </message>
    <message>
        <source>, inside the money-back window</source>
        <translation>, innerhalb der Geld-zurück-Frist</translation>
    </message>
</context>
<context>
    <name>PaymentsTab</name>
    <message>
        <source>Record Payment…</source>
        <translation>Zahlung erfassen…</translation>
    </message>
    <message>
        <source>Waive Deposit…</source>
        <translation>Auf Anzahlung verzichten…</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Zahlungen</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>the desk</source>
        <translation>der Desk</translation>
    </message>
    <message>
        <source>Method: %1</source>
        <translation>Zahlungsweg: %1</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>Referenz: %1</translation>
    </message>
    <message>
        <source>Recorded by %1 on %2</source>
        <translation>Erfasst von %1 am %2</translation>
    </message>
    <message>
        <source>Set the price of the application&apos;s cohort first (Cohorts).</source>
        <translation>Legen Sie zuerst den Preis der Kohorte der Bewerbung fest (Kohorten).</translation>
    </message>
    <message>
        <source>Waive Deposit</source>
        <translation>Auf Anzahlung verzichten</translation>
    </message>
    <message>
        <source>Why may application %1 enrol without its deposit?</source>
        <translation>Warum darf Bewerbung %1 ohne Anzahlung eingeschrieben werden?</translation>
    </message>
    <message>
        <source>Deposit Not Waived</source>
        <translation>Kein Verzicht auf die Anzahlung</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>register applications</source>
        <translation>Bewerbungen zu erfassen</translation>
    </message>
    <message>
        <source>edit applicants</source>
        <translation>Bewerber:innen zu bearbeiten</translation>
    </message>
    <message>
        <source>change an application&apos;s status</source>
        <translation>den Status einer Bewerbung zu ändern</translation>
    </message>
    <message>
        <source>assign owners</source>
        <translation>Zuständigkeiten zuzuweisen</translation>
    </message>
    <message>
        <source>move applications to another cohort</source>
        <translation>Bewerbungen in eine andere Kohorte zu verschieben</translation>
    </message>
    <message>
        <source>import applications</source>
        <translation>Bewerbungen zu importieren</translation>
    </message>
    <message>
        <source>manage mentors</source>
        <translation>Mentor:innen zu verwalten</translation>
    </message>
    <message>
        <source>manage tracks and cohorts</source>
        <translation>Programme und Kohorten zu verwalten</translation>
    </message>
    <message>
        <source>make a backup</source>
        <translation>eine Sicherung anzulegen</translation>
    </message>
    <message>
        <source>restore a backup</source>
        <translation>eine Sicherung wiederherzustellen</translation>
    </message>
    <message>
        <source>add demo data</source>
        <translation>Demodaten hinzuzufügen</translation>
    </message>
    <message>
        <source>export cells that a spreadsheet may run as formulas</source>
        <translation>Zellen zu exportieren, die eine Tabellenkalkulation als Formel ausführen kann</translation>
    </message>
    <message>
        <source>manage staff</source>
        <translation>Mitarbeiter:innen zu verwalten</translation>
    </message>
    <message>
        <source>manage their own access tokens</source>
        <translation>die eigenen Zugriffstokens zu verwalten</translation>
    </message>
    <message>
        <source>handle privacy requests</source>
        <translation>Datenschutzanfragen zu bearbeiten</translation>
    </message>
    <message>
        <source>read the audit trail</source>
        <translation>das Prüfprotokoll zu lesen</translation>
    </message>
    <message>
        <source>record payments</source>
        <translation>Zahlungen erfassen</translation>
    </message>
    <message>
        <source>waive a deposit</source>
        <translation>auf eine Anzahlung verzichten</translation>
    </message>
    <message>
        <source>change the bootcamp&apos;s time zone</source>
        <translation>die Zeitzone des Bootcamps zu ändern</translation>
    </message>
</context>
<context>
    <name>PersonErasure</name>
    <message>
        <source>There is no applicant %1.</source>
        <translation>Es gibt keine Bewerber:in %1.</translation>
    </message>
    <message>
        <source>Applicant %1 was erased on %2.</source>
        <translation>Bewerber:in %1 wurde am %2 gelöscht.</translation>
    </message>
</context>
<context>
    <name>Placement</name>
    <message>
        <source>In field, full-time</source>
        <translation>Im Fachgebiet, Vollzeit</translation>
    </message>
    <message>
        <source>In field, part-time or contract</source>
        <translation>Im Fachgebiet, Teilzeit oder auf Vertragsbasis</translation>
    </message>
    <message>
        <source>Out of field</source>
        <translation>Außerhalb des Fachgebiets</translation>
    </message>
    <message>
        <source>The outcome is required (%1).</source>
        <translation>Das Ergebnis ist eine Pflichtangabe (%1).</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 ist eine Pflichtangabe.</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Arbeitgeber</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Stellenbezeichnung</translation>
    </message>
    <message>
        <source>The start date of the job is required (YYYY-MM-DD).</source>
        <translation>Das Startdatum der Stelle ist eine Pflichtangabe (JJJJ-MM-TT).</translation>
    </message>
    <message>
        <source>The salary cannot be negative (%1).</source>
        <translation>Das Gehalt kann nicht negativ sein (%1).</translation>
    </message>
</context>
<context>
    <name>PlacementDialog</name>
    <message>
        <source>Placed: Application %1</source>
        <translation>Vermittelt: Bewerbung %1</translation>
    </message>
    <message>
        <source>Choose the outcome</source>
        <translation>Ergebnis wählen</translation>
    </message>
    <message>
        <source>Optional: a year, a whole number</source>
        <translation>Optional: pro Jahr, eine ganze Zahl</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Ergebnis</translation>
    </message>
    <message>
        <source>E&amp;mployer</source>
        <translation>Arbeit&amp;geber</translation>
    </message>
    <message>
        <source>&amp;Job title</source>
        <translation>Stellen&amp;bezeichnung</translation>
    </message>
    <message>
        <source>&amp;First day of work</source>
        <translation>Erster Arbeits&amp;tag</translation>
    </message>
    <message>
        <source>Annual &amp;salary</source>
        <translation>&amp;Jahresgehalt</translation>
    </message>
    <message>
        <source>&amp;Record Placement</source>
        <translation>Vermittlung e&amp;rfassen</translation>
    </message>
    <message>
        <source>The job guarantee counts a graduate as placed with these facts of the job.</source>
        <translation>Mit diesen Angaben zur Stelle zählt die Jobgarantie eine Absolvent:in als vermittelt.</translation>
    </message>
    <message>
        <source>A whole number, such as 52000, or empty.</source>
        <translation>Eine ganze Zahl, etwa 52000, oder leer.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Without a key pressed or the mouse moved for this long, the window locks: it hides the applicants, and your password opens it again.</source>
        <translation>Wird so lange keine Taste gedrückt und die Maus nicht bewegt, sperrt sich das Fenster: Es verbirgt die Bewerber:innen, und mit Ihrem Passwort entsperren Sie es wieder.</translation>
    </message>
    <message>
        <source>&amp;Lock the window after</source>
        <translation>Fenster &amp;sperren nach</translation>
    </message>
</context>
<context>
    <name>PreparedStatement</name>
    <message>
        <source>The database refused a statement: %1 (%2)</source>
        <translation>Die Datenbank hat eine Anweisung abgelehnt: %1 (%2)</translation>
    </message>
    <message>
        <source>The database refused a statement (%1)</source>
        <translation>Die Datenbank hat eine Anweisung abgelehnt (%1)</translation>
    </message>
</context>
<context>
    <name>PrivacyActions</name>
    <message>
        <source>&amp;Erase Personal Data…</source>
        <translation>Personenbezogene Daten &amp;löschen…</translation>
    </message>
    <message>
        <source>&amp;Retention Review…</source>
        <translation>&amp;Aufbewahrung prüfen…</translation>
    </message>
    <message numerus="yes">
        <source>Backups made before keep the person until the backup rotation deletes them, at most %n day(s); restoring one of them erases the person again.</source>
        <translation>
            <numerusform>Zuvor angelegte Sicherungen enthalten die Person noch, bis die Rotation sie löscht, höchstens %n Tag lang; wird eine davon wiederhergestellt, wird die Person erneut gelöscht.</numerusform>
            <numerusform>Zuvor angelegte Sicherungen enthalten die Person noch, bis die Rotation sie löscht, höchstens %n Tage lang; wird eine davon wiederhergestellt, wird die Person erneut gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the application of the person to erase.</source>
        <translation>Wählen Sie die Bewerbung der Person aus, die gelöscht werden soll.</translation>
    </message>
    <message>
        <source>Erase Personal Data</source>
        <translation>Personenbezogene Daten löschen</translation>
    </message>
    <message>
        <source>Erase %1 (applicant %2) for good?</source>
        <translation>%1 (Bewerber:in %2) endgültig löschen?</translation>
    </message>
    <message>
        <source>Their names, email, phone, time zone, URLs, referrer, notes and activity texts are erased, and their values in the audit trail. This cannot be undone.</source>
        <translation>Gelöscht werden Namen, E-Mail-Adresse, Telefonnummer, Zeitzone, URLs, die Angabe „Empfohlen von“, Notizen und Aktivitätstexte der Person sowie deren Werte im Prüfprotokoll. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Their applications keep their statuses, dates, track, cohort and source, so that the statistics stay true.</source>
        <translation>Ihre Bewerbungen behalten Status, Datumsangaben, Programm, Kohorte und Quelle, damit die Statistiken weiterhin stimmen.</translation>
    </message>
    <message>
        <source>Type the applicant number, %1, to confirm:</source>
        <translation>Geben Sie zur Bestätigung die Nummer der Bewerber:in (%1) ein:</translation>
    </message>
    <message>
        <source>Erase for Good</source>
        <translation>Endgültig löschen</translation>
    </message>
    <message>
        <source>Erasing applicant %1…</source>
        <translation>Bewerber:in %1 wird gelöscht…</translation>
    </message>
    <message>
        <source>Nothing more was erased.</source>
        <translation>Es wurde nichts weiter gelöscht.</translation>
    </message>
    <message numerus="yes">
        <source>Erased %n person(s).</source>
        <translation>
            <numerusform>%n Person gelöscht.</numerusform>
            <numerusform>%n Personen gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Another program has the database open: the erased values leave its log when it closes the database.</source>
        <translation>Ein anderes Programm hat die Datenbank geöffnet: Die gelöschten Werte verschwinden erst aus dem Log der Datenbank, wenn dieses Programm sie schließt.</translation>
    </message>
</context>
<context>
    <name>PrivacyCommands</name>
    <message>
        <source>Erase an applicant&apos;s personal data on request (administrators only).</source>
        <translation>Die personenbezogenen Daten einer Bewerber:in auf Anfrage löschen (nur Administrator:innen).</translation>
    </message>
    <message>
        <source>Erases applicant APPLICANT (their id) for good: their names, email, phone, time zone, URLs, referrer, notes and activity texts, and their values in the audit trail. Their applications keep their statuses, dates, track, cohort and source, so the statistics stay true. The values leave the file itself. Backups made before keep the person until the backup rotation deletes them; restoring one erases them again. Asks for the applicant&apos;s id to be typed again on a terminal; scripts pass --yes.</source>
        <translation>Löscht die Bewerber:in APPLICANT (ihre Nummer) endgültig: ihre Namen, E-Mail-Adresse, Telefonnummer, Zeitzone, URLs, die Angabe „Empfohlen von“, Notizen und Aktivitätstexte sowie ihre Werte im Prüfprotokoll. Ihre Bewerbungen behalten Status, Datumsangaben, Programm, Kohorte und Quelle, damit die Statistiken weiterhin stimmen. Die Werte verschwinden auch aus der Datei selbst. Zuvor angelegte Sicherungen enthalten die Person noch, bis die Rotation sie löscht; wird eine davon wiederhergestellt, wird die Person erneut gelöscht. In einem Terminal muss die Nummer der Bewerber:in zur Bestätigung noch einmal eingegeben werden; Skripte geben --yes an.</translation>
    </message>
    <message>
        <source>Erase without asking (for scripts).</source>
        <translation>Ohne Rückfrage löschen (für Skripte).</translation>
    </message>
    <message>
        <source>Show the retention policy.</source>
        <translation>Die Aufbewahrungsfrist anzeigen.</translation>
    </message>
    <message>
        <source>Prints how many days a person who did not consent to keeping their data is kept after their last application closed, and how many are due for erasure today.</source>
        <translation>Gibt aus, wie viele Tage eine Person ohne Einwilligung zur Datenaufbewahrung nach Abschluss ihrer letzten Bewerbung aufbewahrt wird und wie viele Personen heute zur Löschung fällig sind.</translation>
    </message>
    <message>
        <source>Change the retention policy (administrators only).</source>
        <translation>Die Aufbewahrungsfrist ändern (nur Administrator:innen).</translation>
    </message>
    <message>
        <source>Keeps a person who did not consent to keeping their data DAYS days after their last application closed (%1 to %2).</source>
        <translation>Bewahrt eine Person ohne Einwilligung zur Datenaufbewahrung nach Abschluss ihrer letzten Bewerbung DAYS Tage lang auf (%1 bis %2).</translation>
    </message>
    <message>
        <source>List the people due for erasure (administrators only).</source>
        <translation>Die zur Löschung fälligen Personen auflisten (nur Administrator:innen).</translation>
    </message>
    <message>
        <source>Lists everyone the retention policy says to erase today: no consent to keeping their data, and every application closed longer ago than the policy&apos;s days. Longest closed first.</source>
        <translation>Listet alle Personen auf, die nach der Aufbewahrungsfrist heute zu löschen sind: ohne Einwilligung zur Datenaufbewahrung und mit jeder Bewerbung seit mehr Tagen abgeschlossen, als die Frist vorgibt. Die am längsten abgeschlossenen zuerst.</translation>
    </message>
    <message>
        <source>Erase everyone due under the retention policy (administrators only).</source>
        <translation>Alle nach der Aufbewahrungsfrist fälligen Personen löschen (nur Administrator:innen).</translation>
    </message>
    <message>
        <source>Erases everyone `retention due` lists, as `applicant erase` does, in batches. Asks for their number to be typed on a terminal; scripts pass --yes. Ctrl+C stops after the current batch; those erased stay erased.</source>
        <translation>Löscht alle Personen, die `retention due` auflistet, wie `applicant erase` es tut, in Stapeln. In einem Terminal muss ihre Anzahl zur Bestätigung eingegeben werden; Skripte geben --yes an. Strg+C hält nach dem laufenden Stapel an; wer bis dahin gelöscht ist, bleibt gelöscht.</translation>
    </message>
    <message>
        <source>This cannot be undone: pass --yes to confirm when there is no terminal to ask.</source>
        <translation>Das lässt sich nicht rückgängig machen: Bestätigen Sie mit --yes, wenn kein Terminal für die Rückfrage da ist.</translation>
    </message>
    <message>
        <source>Not confirmed: nothing was erased.</source>
        <translation>Nicht bestätigt: Nichts wurde gelöscht.</translation>
    </message>
    <message numerus="yes">
        <source>Erased %n person(s): %1 activity texts and %2 values of the audit trail.</source>
        <translation>
            <numerusform>%n Person gelöscht: %1 Aktivitätstexte und %2 Werte des Prüfprotokolls.</numerusform>
            <numerusform>%n Personen gelöscht: %1 Aktivitätstexte und %2 Werte des Prüfprotokolls.</numerusform>
        </translation>
    </message>
    <message>
        <source>Another program has the database open: the erased values leave its write-ahead log when that program closes it.</source>
        <translation>Ein anderes Programm hat die Datenbank geöffnet: Die gelöschten Werte verschwinden erst aus ihrem Write-Ahead-Log, wenn dieses Programm sie schließt.</translation>
    </message>
    <message>
        <source>APPLICANT must be an applicant id (a whole number), not &apos;%1&apos;.</source>
        <translation>APPLICANT muss die Nummer einer Bewerber:in sein (eine ganze Zahl), nicht &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Erasing applicant %1 cannot be undone. Type their id again to erase them: </source>
        <translation>Das Löschen der Bewerber:in %1 lässt sich nicht rückgängig machen. Geben Sie zum Löschen ihre Nummer noch einmal ein: </translation>
    </message>
    <message numerus="yes">
        <source>A person who did not consent to keeping their data is kept %n day(s) after their last application closed.</source>
        <translation>
            <numerusform>Eine Person ohne Einwilligung zur Datenaufbewahrung wird nach Abschluss ihrer letzten Bewerbung %n Tag lang aufbewahrt.</numerusform>
            <numerusform>Eine Person ohne Einwilligung zur Datenaufbewahrung wird nach Abschluss ihrer letzten Bewerbung %n Tage lang aufbewahrt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Due for erasure today: %1 (see retention due).</source>
        <translation>Heute zur Löschung fällig: %1 (siehe retention due).</translation>
    </message>
    <message>
        <source>DAYS must be a whole number from %1 to %2, not &apos;%3&apos;.</source>
        <translation>DAYS muss eine ganze Zahl von %1 bis %2 sein, nicht &apos;%3&apos;.</translation>
    </message>
    <message numerus="yes">
        <source>People who did not consent are now kept %n day(s) after their last application closed.</source>
        <translation>
            <numerusform>Personen ohne Einwilligung werden jetzt nach Abschluss ihrer letzten Bewerbung %n Tag lang aufbewahrt.</numerusform>
            <numerusform>Personen ohne Einwilligung werden jetzt nach Abschluss ihrer letzten Bewerbung %n Tage lang aufbewahrt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Bewerber:in</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Last closed</source>
        <translation>Zuletzt abgeschlossen</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) due for erasure.</source>
        <translation>
            <numerusform>%n Person zur Löschung fällig.</numerusform>
            <numerusform>%n Personen zur Löschung fällig.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody is due for erasure.</source>
        <translation>Niemand ist zur Löschung fällig.</translation>
    </message>
    <message>
        <source>Erasing %1 people cannot be undone. Type %1 to erase them: </source>
        <translation>Das Löschen von %1 Personen lässt sich nicht rückgängig machen. Geben Sie zum Löschen %1 ein: </translation>
    </message>
    <message>
        <source>Erasing: %1% (%2 of %3 people)</source>
        <translation>Löschen läuft: %1 % (%2 von %3 Personen)</translation>
    </message>
</context>
<context>
    <name>PrivacyService</name>
    <message>
        <source>There is no applicant %1.</source>
        <translation>Es gibt keine Bewerber:in %1.</translation>
    </message>
    <message>
        <source>The erase is saved, but the search index still holds parts of the erased values until its next merge: %1</source>
        <translation>Die Löschung ist gespeichert, aber der Suchindex enthält bis zu seiner nächsten Zusammenführung noch Teile der gelöschten Werte: %1</translation>
    </message>
    <message>
        <source>The erase is saved, but the write-ahead log still holds the erased values until its next checkpoint: %1</source>
        <translation>Die Löschung ist gespeichert, aber das Write-Ahead-Log enthält die gelöschten Werte noch bis zu seinem nächsten Checkpoint: %1</translation>
    </message>
    <message>
        <source>Applicant %1 was merged into %2 (applicant %3): erase applicant %3, which erases the merged record too.</source>
        <translation>Bewerber:in %1 wurde in %2 (Bewerber:in %3) zusammengeführt: löschen Sie Bewerber:in %3, das löscht den zusammengeführten Eintrag mit.</translation>
    </message>
</context>
<context>
    <name>PrivateFile</name>
    <message>
        <source>Cannot write %1: %2. Nothing was written.</source>
        <translation>%1 lässt sich nicht schreiben: %2. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <source>the system gave no reason</source>
        <translation>das System hat keinen Grund genannt</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Nothing was written; a file that was there before is left as it was.</source>
        <translation>%1 lässt sich nicht schreiben: %2. Nichts wurde geschrieben; eine bereits vorhandene Datei bleibt, wie sie war.</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Reason: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Choose a reason or type your own</source>
        <translation>Wählen Sie einen Grund oder schreiben Sie einen eigenen</translation>
    </message>
    <message>
        <source>Did not pass the technical interview</source>
        <translation>Technisches Interview nicht bestanden</translation>
    </message>
    <message>
        <source>Did not complete the screening task</source>
        <translation>Screening-Aufgabe nicht abgeschlossen</translation>
    </message>
    <message>
        <source>Does not meet the entry requirements</source>
        <translation>Erfüllt die Zugangsvoraussetzungen nicht</translation>
    </message>
    <message>
        <source>Not eligible where they live</source>
        <translation>Am Wohnort nicht zugelassen</translation>
    </message>
    <message>
        <source>Accepted another offer</source>
        <translation>Anderes Angebot angenommen</translation>
    </message>
    <message>
        <source>Cannot pay the fee</source>
        <translation>Kann die Gebühr nicht zahlen</translation>
    </message>
    <message>
        <source>The start date does not fit</source>
        <translation>Der Starttermin passt nicht</translation>
    </message>
    <message>
        <source>Personal reasons</source>
        <translation>Persönliche Gründe</translation>
    </message>
    <message>
        <source>Financial reasons</source>
        <translation>Finanzielle Gründe</translation>
    </message>
    <message>
        <source>No longer reachable</source>
        <translation>Nicht mehr erreichbar</translation>
    </message>
    <message>
        <source>Applied twice</source>
        <translation>Doppelt beworben</translation>
    </message>
    <message>
        <source>Could not keep up</source>
        <translation>Konnte nicht mithalten</translation>
    </message>
    <message>
        <source>Found a job</source>
        <translation>Stelle gefunden</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Gesundheit</translation>
    </message>
    <message>
        <source>Within the money-back window</source>
        <translation>Innerhalb der Geld-zurück-Frist</translation>
    </message>
    <message>
        <source>Pro-rata refund after the window</source>
        <translation>Anteilige Erstattung nach der Frist</translation>
    </message>
    <message>
        <source>Goodwill refund</source>
        <translation>Kulanzerstattung</translation>
    </message>
    <message>
        <source>Continuing their education</source>
        <translation>Setzt die Ausbildung fort</translation>
    </message>
    <message>
        <source>Not looking for work for now</source>
        <translation>Sucht derzeit keine Arbeit</translation>
    </message>
    <message>
        <source>Moved abroad</source>
        <translation>Ins Ausland gezogen</translation>
    </message>
    <message>
        <source>Later cohort</source>
        <translation>Spätere Kohorte</translation>
    </message>
    <message>
        <source>%1 (starts %2, %3)</source>
        <translation>%1 (Beginn %2, %3)</translation>
    </message>
    <message>
        <source>Later &amp;cohort:</source>
        <translation>Spätere &amp;Kohorte:</translation>
    </message>
    <message>
        <source>The application returns as qualified there when that cohort opens (at once if it is open), and takes a seat or joins its waitlist.</source>
        <translation>Die Bewerbung kehrt dort als qualifiziert zurück, wenn diese Kohorte öffnet (sofort, wenn sie offen ist), und bekommt einen Platz oder kommt auf ihre Warteliste.</translation>
    </message>
</context>
<context>
    <name>RefundsReport</name>
    <message>
        <source>Refunds by cohort</source>
        <translation>Erstattungen nach Kohorte</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Kohorte</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anträge</translation>
    </message>
    <message>
        <source>Requests open</source>
        <translation>Offene Anträge</translation>
    </message>
    <message>
        <source>Refunded inside window</source>
        <translation>Erstattet innerhalb der Frist</translation>
    </message>
    <message>
        <source>Amount inside window</source>
        <translation>Betrag innerhalb der Frist</translation>
    </message>
    <message>
        <source>Refunded after window</source>
        <translation>Erstattet nach der Frist</translation>
    </message>
    <message>
        <source>Amount after window</source>
        <translation>Betrag nach der Frist</translation>
    </message>
    <message>
        <source>Other refunds</source>
        <translation>Sonstige Erstattungen</translation>
    </message>
    <message>
        <source>Other refunds amount</source>
        <translation>Betrag sonstiger Erstattungen</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Bewerbungen</translation>
    </message>
    <message>
        <source>Requests: applications that ever asked for a refund, in the cohort they were in when they last asked; open: still waiting for the decision.</source>
        <translation>Anträge: Bewerbungen, die je eine Erstattung beantragt haben, in der Kohorte, in der sie beim letzten Antrag waren; offen: warten noch auf die Entscheidung.</translation>
    </message>
    <message>
        <source>Refunded inside or after the window: applications paid back for a request asked up to the last day of the cohort&apos;s money-back window, or after it (the day asked decides, as the refund quote does). Amounts are what was paid back, in the currency shown.</source>
        <translation>Erstattet innerhalb oder nach der Frist: Bewerbungen mit einer Rückzahlung auf einen Antrag, der bis zum letzten Tag der Geld-zurück-Frist der Kohorte oder danach gestellt wurde (maßgeblich ist der Tag des Antrags, wie bei der Erstattungsberechnung). Die Beträge sind die zurückgezahlten Summen in der angezeigten Währung.</translation>
    </message>
    <message>
        <source>Other refunds: money paid back without a refund request, such as a deposit given back to an applicant who withdrew before the start, in the application&apos;s cohort now.</source>
        <translation>Sonstige Erstattungen: Rückzahlungen ohne Erstattungsantrag, etwa eine Anzahlung, die an eine Bewerber:in zurückging, die vor dem Start zurückgezogen hat, gezählt in der aktuellen Kohorte der Bewerbung.</translation>
    </message>
    <message>
        <source>Cohorts without a refund request or a refund are left out.</source>
        <translation>Kohorten ohne Erstattungsantrag und ohne Erstattung werden ausgelassen.</translation>
    </message>
</context>
<context>
    <name>ReportCommands</name>
    <message>
        <source>Print a report: funnel, time in stage, cohort fill, sources, mentor load, refunds or job outcomes.</source>
        <translation>Einen Bericht ausgeben: Funnel, Verweildauer je Stufe, Kohortenbelegung, Quellen, Mentoring-Auslastung, Erstattungen oder Vermittlungsergebnisse.</translation>
    </message>
    <message>
        <source>Prints report KIND (%1) as tables, or one of its tables as CSV. Each report takes the filters that make sense for it and refuses the others: the funnel, time in stage and sources take every filter, their dates being the days applications applied; cohort fill, refunds and job outcomes take dates (the cohorts&apos; start), a track and a cohort; mentor load takes a track. The window&apos;s Reports page shows the same numbers.</source>
        <translation>Gibt den Bericht KIND (%1) als Tabellen aus oder eine seiner Tabellen als CSV. Jeder Bericht nimmt die Filter an, die für ihn sinnvoll sind, und lehnt die übrigen ab: Funnel, Verweildauer je Stufe und Quellen nehmen alle Filter an, wobei der Zeitraum die Tage der Bewerbung meint; Kohortenbelegung, Erstattungen und Vermittlungsergebnisse nehmen einen Zeitraum (den Beginn der Kohorten), ein Programm und eine Kohorte an; die Mentoring-Auslastung nimmt ein Programm an. Die Seite „Berichte“ im Fenster zeigt dieselben Zahlen.</translation>
    </message>
    <message>
        <source>From this day on (YYYY-MM-DD, the bootcamp&apos;s calendar).</source>
        <translation>Ab diesem Tag (JJJJ-MM-TT, nach dem Kalender des Bootcamps).</translation>
    </message>
    <message>
        <source>Up to and including this day.</source>
        <translation>Bis einschließlich dieses Tages.</translation>
    </message>
    <message>
        <source>Only this career track.</source>
        <translation>Nur dieses Programm.</translation>
    </message>
    <message>
        <source>Only this cohort.</source>
        <translation>Nur diese Kohorte.</translation>
    </message>
    <message>
        <source>Only applicants from this source.</source>
        <translation>Nur Bewerber:innen aus dieser Quelle.</translation>
    </message>
    <message>
        <source>Only applicants of this campaign.</source>
        <translation>Nur Bewerber:innen dieser Kampagne.</translation>
    </message>
    <message>
        <source>Only applications this staff user owns.</source>
        <translation>Nur Bewerbungen, die diese Mitarbeiter:in betreut.</translation>
    </message>
    <message>
        <source>The funnel per track, cohort, source or campaign.</source>
        <translation>Der Funnel pro Programm, Kohorte, Quelle oder Kampagne.</translation>
    </message>
    <message>
        <source>table (default) or csv.</source>
        <translation>table (Vorgabe) oder csv.</translation>
    </message>
    <message>
        <source>Only this one of the report&apos;s tables (CSV: the first by default).</source>
        <translation>Nur diese eine der Tabellen des Berichts (CSV: ohne Angabe die erste).</translation>
    </message>
    <message>
        <source>comma (default), semicolon or tab.</source>
        <translation>comma (Vorgabe), semicolon oder tab.</translation>
    </message>
    <message>
        <source>Begin the CSV with a byte order mark, for Excel.</source>
        <translation>Die CSV-Ausgabe mit einer Byte-Order-Mark beginnen, für Excel.</translation>
    </message>
    <message>
        <source>Write to FILE (0600) instead of standard output.</source>
        <translation>Nach FILE (0600) schreiben statt auf die Standardausgabe.</translation>
    </message>
    <message>
        <source>--by must be track, cohort, source or campaign, not &apos;%1&apos;.</source>
        <translation>--by muss track, cohort, source oder campaign sein, nicht &apos;%1&apos;.</translation>
    </message>
    <message numerus="yes">
        <source>%n rows, a series for the chart: --table %1 prints them.</source>
        <translation>
            <numerusform>%n Zeile, eine Datenreihe für das Diagramm: --table %1 gibt sie aus.</numerusform>
            <numerusform>%n Zeilen, eine Datenreihe für das Diagramm: --table %1 gibt sie aus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to report in %1.</source>
        <translation>%1: nichts zu berichten.</translation>
    </message>
    <message>
        <source>There is no report &apos;%1&apos;. The reports are: %2.</source>
        <translation>Es gibt keinen Bericht &apos;%1&apos;. Die Berichte sind: %2.</translation>
    </message>
    <message>
        <source>--format must be table or csv, not &apos;%1&apos;.</source>
        <translation>--format muss table oder csv sein, nicht &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--delimiter must be comma, semicolon or tab, not &apos;%1&apos;.</source>
        <translation>--delimiter muss comma, semicolon oder tab sein, nicht &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>%1 applies only with --format csv.</source>
        <translation>%1 gilt nur mit --format csv.</translation>
    </message>
    <message>
        <source>--table: the %1 report has no table &apos;%2&apos;; it has: %3.</source>
        <translation>--table: Der Bericht „%1“ hat keine Tabelle &apos;%2&apos;; seine Tabellen: %3.</translation>
    </message>
    <message>
        <source>%1 rows written to %2.</source>
        <translation>%1 Zeilen nach %2 geschrieben.</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>Cannot write the report: %1.</source>
        <translation>Der Bericht lässt sich nicht schreiben: %1.</translation>
    </message>
</context>
<context>
    <name>ReportExporter</name>
    <message>
        <source>The chart could not be drawn as PNG for %1.</source>
        <translation>Das Diagramm konnte nicht als PNG für %1 erstellt werden.</translation>
    </message>
    <message>
        <source>The chart could not be drawn as SVG for %1.</source>
        <translation>Das Diagramm konnte nicht als SVG für %1 erstellt werden.</translation>
    </message>
    <message>
        <source>The report could not be drawn as PDF for %1.</source>
        <translation>Der Bericht konnte nicht als PDF für %1 erstellt werden.</translation>
    </message>
</context>
<context>
    <name>ReportFilterRow</name>
    <message>
        <source>Dates from</source>
        <translation>Zeitraum von</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Any source</source>
        <translation>Beliebige Quelle</translation>
    </message>
    <message>
        <source>Any campaign</source>
        <translation>Beliebige Kampagne</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
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
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Break down by</source>
        <translation>Aufschlüsseln nach</translation>
    </message>
    <message>
        <source>Dates: %1 to %2 (%3)</source>
        <translation>Zeitraum: %1 bis %2 (%3)</translation>
    </message>
    <message>
        <source>Track: %1</source>
        <translation>Programm: %1</translation>
    </message>
    <message>
        <source>Cohort: %1</source>
        <translation>Kohorte: %1</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Zuständig: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>Campaign: %1</source>
        <translation>Kampagne: %1</translation>
    </message>
    <message>
        <source>Broken down by: %1</source>
        <translation>Aufgeschlüsselt nach: %1</translation>
    </message>
    <message>
        <source>No filter.</source>
        <translation>Kein Filter.</translation>
    </message>
</context>
<context>
    <name>ReportKindInfo</name>
    <message>
        <source>Funnel</source>
        <translation>Funnel</translation>
    </message>
    <message>
        <source>Time in Stage</source>
        <translation>Verweildauer je Stufe</translation>
    </message>
    <message>
        <source>Cohort Fill</source>
        <translation>Kohortenbelegung</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Mentor Load</source>
        <translation>Mentoring-Auslastung</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Erstattungen</translation>
    </message>
    <message>
        <source>Job Outcomes</source>
        <translation>Vermittlungsergebnisse</translation>
    </message>
    <message>
        <source>How many applications reached each stage, from applied to placed, and why people left.</source>
        <translation>Wie viele Bewerbungen jede Stufe erreicht haben, von „Beworben“ bis „Vermittelt“, und warum Personen ausgestiegen sind.</translation>
    </message>
    <message>
        <source>How many days applications spend in each status, and from applying to a decision.</source>
        <translation>Wie viele Tage Bewerbungen in jedem Status verbringen und wie lange es von der Bewerbung bis zu einer Entscheidung dauert.</translation>
    </message>
    <message>
        <source>Seats taken, offers pending and waitlists of the cohorts, and how each filled day by day up to its start.</source>
        <translation>Belegte Plätze, offene Angebote und Wartelisten der Kohorten und wie sich jede bis zu ihrem Start Tag für Tag gefüllt hat.</translation>
    </message>
    <message>
        <source>Applications, qualified applicants and students by source and campaign.</source>
        <translation>Bewerbungen, qualifizierte Bewerber:innen und Teilnehmende nach Quelle und Kampagne.</translation>
    </message>
    <message>
        <source>Each mentor&apos;s current mentees against capacity, and 1:1 calls against the weekly cadence.</source>
        <translation>Aktuelle Mentees jeder Mentor:in im Verhältnis zur Kapazität und 1:1-Gespräche im Verhältnis zum wöchentlichen Rhythmus.</translation>
    </message>
    <message>
        <source>Refund requests and refunds per cohort, inside and after the refund window.</source>
        <translation>Erstattungsanträge und Erstattungen pro Kohorte, innerhalb und nach der Erstattungsfrist.</translation>
    </message>
    <message>
        <source>What each graduating cohort&apos;s graduates went on to, in the CIRR categories.</source>
        <translation>Was aus den Absolvent:innen jeder abschließenden Kohorte geworden ist, in den CIRR-Kategorien.</translation>
    </message>
    <message>
        <source>applications that applied on these days</source>
        <translation>Bewerbungen, die an diesen Tagen eingegangen sind</translation>
    </message>
    <message>
        <source>cohorts that start on these days</source>
        <translation>Kohorten, die an diesen Tagen beginnen</translation>
    </message>
</context>
<context>
    <name>ReportRunner</name>
    <message>
        <source>There is no such report.</source>
        <translation>Diesen Bericht gibt es nicht.</translation>
    </message>
    <message>
        <source>a date range</source>
        <translation>einen Zeitraum</translation>
    </message>
    <message>
        <source>a track</source>
        <translation>ein Programm</translation>
    </message>
    <message>
        <source>a cohort</source>
        <translation>eine Kohorte</translation>
    </message>
    <message>
        <source>a source or campaign</source>
        <translation>eine Quelle oder Kampagne</translation>
    </message>
    <message>
        <source>an owner</source>
        <translation>eine zuständige Person</translation>
    </message>
    <message>
        <source>The %1 report cannot be narrowed to %2.</source>
        <translation>Der Bericht „%1“ lässt sich nicht auf %2 eingrenzen.</translation>
    </message>
    <message>
        <source>The date range ends (%1) before it begins (%2).</source>
        <translation>Der Zeitraum endet (%1), bevor er beginnt (%2).</translation>
    </message>
    <message>
        <source>Only the funnel report is broken down by a group.</source>
        <translation>Nur der Funnel-Bericht lässt sich nach einer Gruppe aufschlüsseln.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Wird berechnet…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <source>Export Table as &amp;CSV…</source>
        <translation>Tabelle als &amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>Export Table as CSV</source>
        <translation>Tabelle als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export Chart as &amp;PNG…</source>
        <translation>Diagramm als &amp;PNG exportieren…</translation>
    </message>
    <message>
        <source>Export Chart as PNG</source>
        <translation>Diagramm als PNG exportieren</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Export Chart as &amp;SVG…</source>
        <translation>Diagramm als &amp;SVG exportieren…</translation>
    </message>
    <message>
        <source>Export Chart as SVG</source>
        <translation>Diagramm als SVG exportieren</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG-Bilder (*.svg)</translation>
    </message>
    <message>
        <source>Export Report as P&amp;DF…</source>
        <translation>Bericht als P&amp;DF exportieren…</translation>
    </message>
    <message>
        <source>Export Report as PDF</source>
        <translation>Bericht als PDF exportieren</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Sign in to see the reports.</source>
        <translation>Melden Sie sich an, um die Berichte zu sehen.</translation>
    </message>
    <message>
        <source>Computing the %1 report…</source>
        <translation>Bericht „%1“ wird berechnet…</translation>
    </message>
    <message>
        <source>The %1 report could not be computed.

%2</source>
        <translation>Der Bericht „%1“ konnte nicht berechnet werden.

%2</translation>
    </message>
    <message>
        <source>There is no report table to export.</source>
        <translation>Es gibt keine Berichtstabelle zum Exportieren.</translation>
    </message>
    <message>
        <source>There is no report chart to export.</source>
        <translation>Es gibt kein Berichtsdiagramm zum Exportieren.</translation>
    </message>
    <message>
        <source>There is no report to export.</source>
        <translation>Es gibt keinen Bericht zum Exportieren.</translation>
    </message>
    <message>
        <source>%1 was not written.</source>
        <translation>%1 wurde nicht geschrieben.</translation>
    </message>
    <message>
        <source>%1 exported to %2.</source>
        <translation>Bericht „%1“ nach %2 exportiert.</translation>
    </message>
    <message>
        <source>The cohorts could not be read.</source>
        <translation>Die Kohorten konnten nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>&amp;Save Policy</source>
        <translation>Frist &amp;speichern</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Bewerber:in</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Last application closed</source>
        <translation>Letzte Bewerbung abgeschlossen</translation>
    </message>
    <message>
        <source>&amp;Erase All Due…</source>
        <translation>Alle Fälligen &amp;löschen…</translation>
    </message>
    <message>
        <source>Retention Review</source>
        <translation>Aufbewahrung prüfen</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Keep a person who did not consent to keeping their data for</source>
        <translation>Personen ohne Einwilligung zur Datenaufbewahrung aufbewahren für</translation>
    </message>
    <message>
        <source>after their last application closed.</source>
        <translation>nach Abschluss ihrer letzten Bewerbung.</translation>
    </message>
    <message>
        <source>The retention review cannot be read: %1</source>
        <translation>Die Aufbewahrungsprüfung lässt sich nicht laden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) are due for erasure today; the %1 longest closed are shown:</source>
        <translation>
            <numerusform>Heute ist %n Person zur Löschung fällig; die %1 am längsten abgeschlossenen werden angezeigt:</numerusform>
            <numerusform>Heute sind %n Personen zur Löschung fällig; die %1 am längsten abgeschlossenen werden angezeigt:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) are due for erasure today:</source>
        <translation>
            <numerusform>Heute ist %n Person zur Löschung fällig:</numerusform>
            <numerusform>Heute sind %n Personen zur Löschung fällig:</numerusform>
        </translation>
    </message>
    <message>
        <source>Erase All Due</source>
        <translation>Alle Fälligen löschen</translation>
    </message>
    <message numerus="yes">
        <source>Erase %n person(s) for good?</source>
        <translation>
            <numerusform>%n Person endgültig löschen?</numerusform>
            <numerusform>%n Personen endgültig löschen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Everyone due is erased as on a privacy request: names, contacts, URLs, notes and activity texts, and their values in the audit trail. Their applications keep their statuses, dates, track, cohort and source. This cannot be undone.</source>
        <translation>Alle Fälligen werden wie bei einer Datenschutzanfrage gelöscht: Namen, Kontaktdaten, URLs, Notizen und Aktivitätstexte sowie deren Werte im Prüfprotokoll. Ihre Bewerbungen behalten Status, Datumsangaben, Programm, Kohorte und Quelle. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Type the number of people, %1, to confirm:</source>
        <translation>Geben Sie zur Bestätigung die Anzahl der Personen (%1) ein:</translation>
    </message>
    <message>
        <source>Erase for Good</source>
        <translation>Endgültig löschen</translation>
    </message>
    <message>
        <source>Erasing the people due…</source>
        <translation>Die fälligen Personen werden gelöscht…</translation>
    </message>
    <message>
        <source>Applicants due for erasure</source>
        <translation>Zur Löschung fällige Bewerber:innen</translation>
    </message>
</context>
<context>
    <name>RetentionReview</name>
    <message>
        <source>keep_days: %1 is not a number of days from %2 to %3.</source>
        <translation>keep_days: %1 ist keine Anzahl Tage von %2 bis %3.</translation>
    </message>
</context>
<context>
    <name>RowStream</name>
    <message>
        <source>Cannot read the rows: %1</source>
        <translation>Die Zeilen lassen sich nicht lesen: %1</translation>
    </message>
    <message>
        <source>Cannot read the rows</source>
        <translation>Die Zeilen lassen sich nicht lesen</translation>
    </message>
    <message>
        <source>Reading the rows failed: %1</source>
        <translation>Das Lesen der Zeilen ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Reading the rows failed</source>
        <translation>Das Lesen der Zeilen ist fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>SeatLedger</name>
    <message>
        <source>There is no cohort %1.</source>
        <translation>Es gibt keine Kohorte %1.</translation>
    </message>
</context>
<context>
    <name>SetUpGuide</name>
    <message>
        <source>Add a C&amp;ohort…</source>
        <translation>Kohorte an&amp;legen…</translation>
    </message>
    <message>
        <source>&amp;Import a CSV File…</source>
        <translation>CSV-Datei importieren…</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Admissions Desk&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Willkommen bei Admissions Desk&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>This desk has no applications yet. Set it up in any order: this page gives way to the list of applications when the first one arrives.</source>
        <translation>Dieser Desk hat noch keine Bewerbungen. Richten Sie ihn in beliebiger Reihenfolge ein: Sobald die erste Bewerbung da ist, steht hier die Liste der Bewerbungen.</translation>
    </message>
    <message>
        <source>Career tracks</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Every application and cohort belongs to a track, such as SWE – Software Engineering.</source>
        <translation>Jede Bewerbung und jede Kohorte gehört zu einem Programm, etwa SWE – Software Engineering.</translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation>Kohorten</translation>
    </message>
    <message>
        <source>A class of a track with its dates and seats. Seats are offered first come, first served.</source>
        <translation>Ein Jahrgang eines Programms mit Terminen und Plätzen. Plätze werden in der Reihenfolge der Anmeldung angeboten.</translation>
    </message>
    <message>
        <source>Mentors</source>
        <translation>Mentor:innen</translation>
    </message>
    <message>
        <source>Every enrolled student gets a mentor of their track for weekly calls.</source>
        <translation>Alle eingeschriebenen Teilnehmenden bekommen eine:n Mentor:in ihres Programms für wöchentliche Gespräche.</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Mitarbeiter:innen</translation>
    </message>
    <message>
        <source>Who signs in to this desk, and with which role.</source>
        <translation>Wer sich an diesem Desk anmeldet, und mit welcher Rolle.</translation>
    </message>
    <message>
        <source>Applicants</source>
        <translation>Bewerber:innen</translation>
    </message>
    <message>
        <source>Register one by hand, or import the web form&apos;s export.</source>
        <translation>Von Hand erfassen oder den Export des Webformulars importieren.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>None yet: add the first.</source>
        <translation>Noch keines: Legen Sie das erste an.</translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>Noch keine.</translation>
    </message>
    <message>
        <source>Cohorts: %1, upcoming and open: %2</source>
        <translation>Kohorten: %1, davon kommend und offen: %2</translation>
    </message>
    <message>
        <source>Mentors: %1</source>
        <translation>Mentor:innen: %1</translation>
    </message>
    <message>
        <source>Staff users: %1</source>
        <translation>Mitarbeiter:innen: %1</translation>
    </message>
    <message>
        <source>Add a Career Trac&amp;k…</source>
        <translation>&amp;Programm anlegen…</translation>
    </message>
    <message>
        <source>Add a Men&amp;tor…</source>
        <translation>Me&amp;ntor:in anlegen…</translation>
    </message>
    <message>
        <source>Add Staff…</source>
        <translation>Mitarbeiter:innen hinzufügen…</translation>
    </message>
    <message>
        <source>Ne&amp;w Applicant…</source>
        <translation>Neue Bewe&amp;rbung…</translation>
    </message>
</context>
<context>
    <name>SettingsCommands</name>
    <message>
        <source>Show the bootcamp&apos;s time zone.</source>
        <translation>Die Zeitzone des Bootcamps anzeigen.</translation>
    </message>
    <message>
        <source>Prints the time zone that decides where the bootcamp&apos;s days end (a cohort&apos;s applications-open, start and end dates), and today&apos;s date there.</source>
        <translation>Gibt die Zeitzone aus, die bestimmt, wo die Tage des Bootcamps enden (für Bewerbungsstart, Start- und Enddatum einer Kohorte), und das heutige Datum dort.</translation>
    </message>
    <message>
        <source>Change the bootcamp&apos;s time zone (administrators only).</source>
        <translation>Die Zeitzone des Bootcamps ändern (nur Administrator:innen).</translation>
    </message>
    <message>
        <source>Makes ZONE, an IANA time zone such as Europe/Berlin or Asia/Tokyo, the one time zone whose midnight ends the bootcamp&apos;s days, for every desk on this database. The change is in the audit trail.</source>
        <translation>Macht ZONE, eine IANA-Zeitzone wie Europe/Berlin oder Asia/Tokyo, zu der einen Zeitzone, deren Mitternacht die Tage des Bootcamps beendet, für jeden Desk mit dieser Datenbank. Die Änderung steht im Prüfprotokoll.</translation>
    </message>
    <message>
        <source>%1 (today there: %2)</source>
        <translation>%1 (dort heute: %2)</translation>
    </message>
    <message>
        <source>Time zone: %1</source>
        <translation>Zeitzone: %1</translation>
    </message>
    <message>
        <source>Time zone set: %1</source>
        <translation>Zeitzone gesetzt: %1</translation>
    </message>
    <message>
        <source>Show where a returning deferral queues.</source>
        <translation>Anzeigen, wo sich eine zurückkehrende Zurückstellung einreiht.</translation>
    </message>
    <message>
        <source>Prints whether an application deferred to a later cohort keeps its original qualification time as its place in that cohort&apos;s queue when it returns (keep), or queues from the time it returns (reset).</source>
        <translation>Gibt aus, ob eine in eine spätere Kohorte zurückgestellte Bewerbung bei ihrer Rückkehr ihren ursprünglichen Qualifizierungszeitpunkt als Platz in der Reihe dieser Kohorte behält (keep) oder ab dem Zeitpunkt ihrer Rückkehr eingereiht wird (reset).</translation>
    </message>
    <message>
        <source>Change where a returning deferral queues (administrators only).</source>
        <translation>Ändern, wo sich eine zurückkehrende Zurückstellung einreiht (nur Administrator:innen).</translation>
    </message>
    <message>
        <source>POLICY is keep (a returning deferral queues at its original qualification time) or reset (it queues from the time it returns). qualified_at itself never changes; the queue time a deferral takes is recorded on its return event. The change is in the audit trail.</source>
        <translation>POLICY ist keep (eine zurückkehrende Zurückstellung reiht sich zu ihrem ursprünglichen Qualifizierungszeitpunkt ein) oder reset (sie reiht sich ab dem Zeitpunkt ihrer Rückkehr ein). qualified_at selbst ändert sich nie; die Einreihungszeit einer Zurückstellung wird in ihrem Rückkehr-Eintrag erfasst. Die Änderung steht im Prüfprotokoll.</translation>
    </message>
    <message>
        <source>keep (a returning deferral queues at its original qualification time)</source>
        <translation>keep (eine zurückkehrende Zurückstellung reiht sich zu ihrem ursprünglichen Qualifizierungszeitpunkt ein)</translation>
    </message>
    <message>
        <source>reset (a returning deferral queues from the time it returns)</source>
        <translation>reset (eine zurückkehrende Zurückstellung reiht sich ab dem Zeitpunkt ihrer Rückkehr ein)</translation>
    </message>
    <message>
        <source>Deferral queue: %1</source>
        <translation>Einreihung nach Zurückstellung: %1</translation>
    </message>
    <message>
        <source>POLICY must be keep or reset, not &apos;%1&apos;.</source>
        <translation>POLICY muss keep oder reset sein, nicht &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Deferral queue set: %1</source>
        <translation>Einreihung nach Zurückstellung gesetzt: %1</translation>
    </message>
    <message>
        <source>Show the time zone of a web form&apos;s times.</source>
        <translation>Die Zeitzone der Zeiten eines Webformulars anzeigen.</translation>
    </message>
    <message>
        <source>Prints the time zone in which the import reads the times that FORM&apos;s exports write without an offset. FORM is the form builder&apos;s name as the import recognises it (&quot;Gravity Forms&quot;, &quot;Jotform&quot;, …), or &quot;web form&quot; for a file it does not recognise. Unless set, the bootcamp&apos;s.</source>
        <translation>Gibt die Zeitzone aus, in der der Import die Zeiten liest, die die Exporte von FORMULAR ohne Versatz schreiben. FORMULAR ist der Name des Formularwerkzeugs, wie der Import es erkennt („Gravity Forms“, „Jotform“, …), oder „web form“ für eine Datei, die er nicht erkennt. Ohne Einstellung die des Bootcamps.</translation>
    </message>
    <message>
        <source>Change the time zone of a web form&apos;s times (administrators only).</source>
        <translation>Die Zeitzone der Zeiten eines Webformulars ändern (nur Administratoren).</translation>
    </message>
    <message>
        <source>Makes ZONE, an IANA time zone, the one in which the import reads the times that FORM&apos;s exports write without an offset, when the form&apos;s site keeps another time than the bootcamp&apos;s. The change is in the audit trail.</source>
        <translation>Macht ZONE, eine IANA-Zeitzone, zu der, in der der Import die Zeiten liest, die die Exporte von FORMULAR ohne Versatz schreiben, wenn die Website des Formulars eine andere Zeit führt als das Bootcamp. Die Änderung steht im Prüfprotokoll.</translation>
    </message>
    <message>
        <source>Time zone of %1: %2</source>
        <translation>Zeitzone von %1: %2</translation>
    </message>
    <message>
        <source>Time zone of %1 set: %2</source>
        <translation>Zeitzone von %1 gesetzt: %2</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <source>Wrong username or password.</source>
        <translation>Falscher Benutzername oder falsches Passwort.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed sign-ins for %1: try again in %n second(s).</source>
        <translation>
            <numerusform>Zu viele fehlgeschlagene Anmeldungen für %1: Versuchen Sie es in %n Sekunde erneut.</numerusform>
            <numerusform>Zu viele fehlgeschlagene Anmeldungen für %1: Versuchen Sie es in %n Sekunden erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>The staff user %1 is deactivated.</source>
        <translation>Die Mitarbeiter:in %1 ist deaktiviert.</translation>
    </message>
    <message>
        <source>The access token is not valid: it is mistyped, revoked, or its owner is deactivated.</source>
        <translation>Das Zugriffstoken ist ungültig: Es ist falsch geschrieben oder widerrufen, oder seine Eigentümer:in ist deaktiviert.</translation>
    </message>
    <message>
        <source>The administrator needs a username.</source>
        <translation>Die Administrator:in braucht einen Benutzernamen.</translation>
    </message>
    <message>
        <source>This desk already has an administrator: sign in.</source>
        <translation>Diese Datenbank hat bereits eine Administrator:in: Melden Sie sich an.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign In</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Admissions Desk&lt;/h3&gt;Sign in with your staff account.</source>
        <translation>&lt;h3&gt;Admissions Desk&lt;/h3&gt;Melden Sie sich mit Ihrem Benutzerkonto an.</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>&amp;Benutzername</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Passwort</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed sign-ins: try again in %n second(s).</source>
        <translation>
            <numerusform>Zu viele fehlgeschlagene Anmeldungen: Versuchen Sie es in %n Sekunde erneut.</numerusform>
            <numerusform>Zu viele fehlgeschlagene Anmeldungen: Versuchen Sie es in %n Sekunden erneut.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignInFlow</name>
    <message>
        <source>Sign In</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Who may sign in could not be read.</source>
        <translation>Es konnte nicht gelesen werden, wer sich anmelden darf.</translation>
    </message>
</context>
<context>
    <name>Sodium</name>
    <message>
        <source>The cryptography library (libsodium) could not start.</source>
        <translation>Die Kryptografie-Bibliothek (libsodium) konnte nicht gestartet werden.</translation>
    </message>
</context>
<context>
    <name>SourcesReport</name>
    <message>
        <source>Applications</source>
        <translation>Bewerbungen</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Qualifiziert</translation>
    </message>
    <message>
        <source>% qualified</source>
        <translation>% qualifiziert</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>% students</source>
        <translation>% Teilnehmende</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>By source</source>
        <translation>Nach Quelle</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>By source and campaign</source>
        <translation>Nach Quelle und Kampagne</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>Qualified: reached qualified or a later stage. Students: reached enrolled or a later stage.</source>
        <translation>Qualifiziert: hat „Qualifiziert“ oder eine spätere Stufe erreicht. Teilnehmende: hat „Eingeschrieben“ oder eine spätere Stufe erreicht.</translation>
    </message>
</context>
<context>
    <name>SqlFailure</name>
    <message>
        <source>The database refused a statement</source>
        <translation>Die Datenbank hat eine Anweisung abgelehnt</translation>
    </message>
    <message>
        <source>another program is writing to the file</source>
        <translation>ein anderes Programm schreibt in die Datei</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>die Datei ist schreibgeschützt</translation>
    </message>
    <message>
        <source>the system reported an input/output error</source>
        <translation>das System hat einen Ein-/Ausgabefehler gemeldet</translation>
    </message>
    <message>
        <source>the file is damaged</source>
        <translation>die Datei ist beschädigt</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <source>the file or its journal cannot be opened</source>
        <translation>die Datei oder ihr Journal lässt sich nicht öffnen</translation>
    </message>
    <message>
        <source>the database</source>
        <translation>die Datenbank</translation>
    </message>
    <message>
        <source>Cannot write to %1: another program is writing to the file; gave up after waiting 1 second. Nothing was changed; try again.</source>
        <translation>Schreiben in %1 nicht möglich: Ein anderes Programm schreibt in die Datei; nach 1 Sekunde Warten aufgegeben. Nichts wurde geändert; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Cannot write to %1: another program is writing to the file; gave up after waiting %2 seconds. Nothing was changed; try again.</source>
        <translation>Schreiben in %1 nicht möglich: Ein anderes Programm schreibt in die Datei; nach %2 Sekunden Warten aufgegeben. Nichts wurde geändert; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Cannot write to %1: another program is writing to the file, and changed it at the same moment. Nothing was changed; try again.</source>
        <translation>Schreiben in %1 nicht möglich: Ein anderes Programm schreibt in die Datei und hat sie im selben Moment geändert. Nichts wurde geändert; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Cannot write to %1: the file is read-only (or its folder is). Nothing was changed.</source>
        <translation>Schreiben in %1 nicht möglich: Die Datei (oder ihr Ordner) ist schreibgeschützt. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Cannot use %1: the system reported an input/output error (is the disk failing, or was it removed?). Nothing was changed.</source>
        <translation>Kein Zugriff auf %1: Das System hat einen Ein-/Ausgabefehler gemeldet (fällt der Datenträger aus, oder wurde er entfernt?). Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Cannot use %1: the file is damaged. Nothing was changed; check it with &apos;admissions-desk-cli check&apos;, or restore it from a backup.</source>
        <translation>Kein Zugriff auf %1: Die Datei ist beschädigt. Nichts wurde geändert; prüfen Sie sie mit &apos;admissions-desk-cli check&apos;, oder stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>Cannot write to %1: the disk is full. Nothing was changed; make room on the disk and try again.</source>
        <translation>Schreiben in %1 nicht möglich: Der Datenträger ist voll. Nichts wurde geändert; schaffen Sie Platz auf dem Datenträger, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Cannot use %1: the file or its journal cannot be opened (was the folder removed or made read-only?). Nothing was changed.</source>
        <translation>Kein Zugriff auf %1: Die Datei oder ihr Journal lässt sich nicht öffnen (wurde der Ordner entfernt oder schreibgeschützt?). Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Could not run %1</source>
        <translation>%1 ließ sich nicht ausführen</translation>
    </message>
    <message>
        <source>No transaction is open</source>
        <translation>Es ist keine Transaktion offen</translation>
    </message>
    <message>
        <source>No savepoint is open</source>
        <translation>Es ist kein Sicherungspunkt offen</translation>
    </message>
</context>
<context>
    <name>StaffCommands</name>
    <message>
        <source>Read the new password from FILE (readable by you alone) instead of asking twice on the terminal.</source>
        <translation>Das neue Passwort aus FILE lesen (nur für Sie lesbar), statt es zweimal im Terminal abzufragen.</translation>
    </message>
    <message>
        <source>Unknown role &apos;%1&apos;. The roles are: %2.</source>
        <translation>Unbekannte Rolle &apos;%1&apos;. Die Rollen sind: %2.</translation>
    </message>
    <message>
        <source>List the staff users, their roles and whether they can sign in.</source>
        <translation>Die Mitarbeiter:innen mit ihren Rollen auflisten und zeigen, ob sie sich anmelden können.</translation>
    </message>
    <message>
        <source>Prints every staff user by username: display name, role, and state (active, deactivated, or without a password, who cannot sign in until an administrator gives them one).</source>
        <translation>Gibt alle Mitarbeiter:innen nach Benutzername geordnet aus: Anzeigename, Rolle und Zustand (aktiv, deaktiviert oder ohne Passwort; ohne Passwort ist keine Anmeldung möglich, bis eine Administrator:in eines vergibt).</translation>
    </message>
    <message>
        <source>Add a staff user (administrators only).</source>
        <translation>Eine Mitarbeiter:in hinzufügen (nur Administrator:innen).</translation>
    </message>
    <message>
        <source>Adds the staff user USERNAME with a role and a password, asked twice on the terminal or read from --new-password-file.</source>
        <translation>Fügt die Mitarbeiter:in USERNAME mit einer Rolle und einem Passwort hinzu; das Passwort wird zweimal im Terminal abgefragt oder aus --new-password-file gelesen.</translation>
    </message>
    <message>
        <source>%1 (default admissions_officer).</source>
        <translation>%1 (Vorgabe admissions_officer).</translation>
    </message>
    <message>
        <source>The name the window shows (default: the username).</source>
        <translation>Der Name, den das Fenster anzeigt (Vorgabe: der Benutzername).</translation>
    </message>
    <message>
        <source>Change a staff user&apos;s role (administrators only).</source>
        <translation>Die Rolle einer Mitarbeiter:in ändern (nur Administrator:innen).</translation>
    </message>
    <message>
        <source>Gives USERNAME the role ROLE, one of: %1. The last active administrator keeps their role.</source>
        <translation>Gibt USERNAME die Rolle ROLE, eine von: %1. Die letzte aktive Administrator:in behält ihre Rolle.</translation>
    </message>
    <message>
        <source>Stop a staff user from signing in (administrators only).</source>
        <translation>Die Anmeldung einer Mitarbeiter:in unterbinden (nur Administrator:innen).</translation>
    </message>
    <message>
        <source>Deactivates USERNAME: they cannot sign in, and their access tokens stop working. Their history stays. The last active administrator cannot be deactivated.</source>
        <translation>Deaktiviert USERNAME: Die Person kann sich nicht mehr anmelden, und ihre Zugriffstokens funktionieren nicht mehr. Ihr Verlauf bleibt erhalten. Die letzte aktive Administrator:in lässt sich nicht deaktivieren.</translation>
    </message>
    <message>
        <source>Let a deactivated staff user sign in again (administrators only).</source>
        <translation>Einer deaktivierten Mitarbeiter:in die Anmeldung wieder erlauben (nur Administrator:innen).</translation>
    </message>
    <message>
        <source>Activates USERNAME again.</source>
        <translation>Aktiviert USERNAME wieder.</translation>
    </message>
    <message>
        <source>Give a staff user a new password (administrators only).</source>
        <translation>Einer Mitarbeiter:in ein neues Passwort geben (nur Administrator:innen).</translation>
    </message>
    <message>
        <source>Sets a new password for USERNAME, asked twice on the terminal or read from --new-password-file. It also ends the wait after failed sign-ins.</source>
        <translation>Setzt ein neues Passwort für USERNAME, das zweimal im Terminal abgefragt oder aus --new-password-file gelesen wird. Damit endet auch die Wartezeit nach fehlgeschlagenen Anmeldungen.</translation>
    </message>
    <message>
        <source>Make a personal access token for scripts.</source>
        <translation>Ein persönliches Zugriffstoken für Skripte anlegen.</translation>
    </message>
    <message>
        <source>Makes a personal access token named NAME (what uses it, such as nightly-export) and prints it once; only its digest is kept. A script signs in with it through --token-file FILE or the %1 variable. The token acts as its owner, never with more than the owner&apos;s role, and with less when --role says so.</source>
        <translation>Legt ein persönliches Zugriffstoken namens NAME an (wofür es verwendet wird, etwa nightly-export) und gibt es einmal aus; aufbewahrt wird nur sein Hashwert. Ein Skript meldet sich damit über --token-file FILE oder die Variable %1 an. Das Token handelt als seine Eigentümer:in, nie mit mehr Rechten als deren Rolle und mit weniger, wenn --role es so angibt.</translation>
    </message>
    <message>
        <source>Whose token (administrators only; default: yours).</source>
        <translation>Für wen das Token ist (nur Administrator:innen; Vorgabe: für Sie).</translation>
    </message>
    <message>
        <source>The most the token may do: %1.</source>
        <translation>Was das Token höchstens darf: %1.</translation>
    </message>
    <message>
        <source>Write the token to FILE, readable by you alone, instead of printing it.</source>
        <translation>Das Token nach FILE schreiben, nur für Sie lesbar, statt es auszugeben.</translation>
    </message>
    <message>
        <source>List personal access tokens.</source>
        <translation>Persönliche Zugriffstokens auflisten.</translation>
    </message>
    <message>
        <source>Prints your tokens (or everyone&apos;s, for an administrator with --all): id, owner, name, role limit, when made and when revoked. Never the tokens themselves.</source>
        <translation>Gibt Ihre Tokens aus (eine Administrator:in mit --all die Tokens aller): Nummer, Eigentümer:in, Name, Rollenbegrenzung, wann angelegt und wann widerrufen. Nie die Tokens selbst.</translation>
    </message>
    <message>
        <source>Everyone&apos;s tokens (administrators only).</source>
        <translation>Die Tokens aller (nur Administrator:innen).</translation>
    </message>
    <message>
        <source>Revoke a personal access token.</source>
        <translation>Ein persönliches Zugriffstoken widerrufen.</translation>
    </message>
    <message>
        <source>Revokes the token ID (see staff tokens): it stops working at once.</source>
        <translation>Widerruft das Token ID (siehe staff tokens): Es funktioniert sofort nicht mehr.</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>no password: cannot sign in</source>
        <translation>kein Passwort: keine Anmeldung möglich</translation>
    </message>
    <message>
        <source>USERNAME</source>
        <translation>BENUTZERNAME</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROLLE</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ZUSTAND</translation>
    </message>
    <message>
        <source>There is no staff user named %1.</source>
        <translation>Es gibt keine Mitarbeiter:in namens %1.</translation>
    </message>
    <message>
        <source>There is already a staff user named %1.</source>
        <translation>Es gibt bereits eine Mitarbeiter:in namens %1.</translation>
    </message>
    <message>
        <source>Staff user %1 added as %2.</source>
        <translation>Mitarbeiter:in %1 als %2 hinzugefügt.</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 ist jetzt %2.</translation>
    </message>
    <message>
        <source>%1 may sign in again.</source>
        <translation>%1 kann sich wieder anmelden.</translation>
    </message>
    <message>
        <source>%1 is deactivated.</source>
        <translation>%1 ist deaktiviert.</translation>
    </message>
    <message>
        <source>%1 has a new password.</source>
        <translation>%1 hat ein neues Passwort.</translation>
    </message>
    <message>
        <source>The token is in %1, readable by you alone.</source>
        <translation>Das Token steht in %1, nur für Sie lesbar.</translation>
    </message>
    <message>
        <source>Shown once: keep it in a file readable by you alone (chmod 600), or in a secret store.</source>
        <translation>Nur einmal angezeigt: Bewahren Sie es in einer Datei auf, die nur Sie lesen können (chmod 600), oder in einem Passwort-Tresor.</translation>
    </message>
    <message>
        <source>(owner&apos;s)</source>
        <translation>(Rolle der Eigentümer:in)</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>OWNER</source>
        <translation>EIGENTÜMER:IN</translation>
    </message>
    <message>
        <source>ROLE LIMIT</source>
        <translation>ROLLENBEGRENZUNG</translation>
    </message>
    <message>
        <source>MADE</source>
        <translation>ANGELEGT</translation>
    </message>
    <message>
        <source>REVOKED</source>
        <translation>WIDERRUFEN</translation>
    </message>
    <message>
        <source>ID must be a token&apos;s id (a whole number; see staff tokens), not &apos;%1&apos;.</source>
        <translation>ID muss die Nummer eines Tokens sein (eine ganze Zahl; siehe staff tokens), nicht &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Token %1 revoked.</source>
        <translation>Token %1 widerrufen.</translation>
    </message>
    <message>
        <source>The token was not kept: revoke it with staff revoke-token.</source>
        <translation>Das Token wurde nicht aufbewahrt: Widerrufen Sie es mit staff revoke-token.</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Mitarbeiter:innen</translation>
    </message>
    <message>
        <source>&amp;Change Role</source>
        <translation>&amp;Rolle ändern</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <source>&amp;Reset Password…</source>
        <translation>&amp;Passwort zurücksetzen…</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>Selected staff user</source>
        <translation>Ausgewählte Mitarbeiter:in</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rolle:</translation>
    </message>
    <message>
        <source>Staff &amp;users</source>
        <translation>&amp;Mitarbeiter:innen</translation>
    </message>
    <message>
        <source>Access &amp;tokens</source>
        <translation>Zugriffs&amp;tokens</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Can sign in</source>
        <translation>Kann sich anmelden</translation>
    </message>
    <message>
        <source>No password: cannot sign in</source>
        <translation>Kein Passwort: keine Anmeldung möglich</translation>
    </message>
    <message>
        <source>Ac&amp;tivate</source>
        <translation>&amp;Aktivieren</translation>
    </message>
    <message>
        <source>&amp;Give a Password…</source>
        <translation>&amp;Passwort vergeben…</translation>
    </message>
    <message>
        <source>Staff user added.</source>
        <translation>Mitarbeiter:in hinzugefügt.</translation>
    </message>
    <message>
        <source>%1 is now: %2.</source>
        <translation>%1 ist jetzt: %2.</translation>
    </message>
    <message>
        <source>%1 is deactivated: they can no longer sign in, and their access tokens stop working.</source>
        <translation>%1 ist deaktiviert: Die Person kann sich nicht mehr anmelden, und ihre Zugriffstokens funktionieren nicht mehr.</translation>
    </message>
    <message>
        <source>%1 is active again.</source>
        <translation>%1 ist wieder aktiv.</translation>
    </message>
    <message>
        <source>New Password</source>
        <translation>Neues Passwort</translation>
    </message>
    <message>
        <source>A new password for %1 (%2). Tell it to them in person; they can sign in with it at once.</source>
        <translation>Ein neues Passwort für %1 (%2). Teilen Sie es der Person persönlich mit; sie kann sich sofort damit anmelden.</translation>
    </message>
    <message>
        <source>%1 has a new password.</source>
        <translation>%1 hat ein neues Passwort.</translation>
    </message>
</context>
<context>
    <name>StaffRole</name>
    <message>
        <source>Read-only</source>
        <translation>Nur Lesen</translation>
    </message>
    <message>
        <source>Admissions officer</source>
        <translation>Sachbearbeiter:in</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator:in</translation>
    </message>
</context>
<context>
    <name>StaffService</name>
    <message>
        <source>There is no staff user %1.</source>
        <translation>Es gibt keine Mitarbeiter:in %1.</translation>
    </message>
    <message>
        <source>A staff user needs a username.</source>
        <translation>Eine Mitarbeiter:in braucht einen Benutzernamen.</translation>
    </message>
    <message>
        <source>There is already a staff user named %1.</source>
        <translation>Es gibt bereits eine Mitarbeiter:in namens %1.</translation>
    </message>
    <message>
        <source>%1 is the last active administrator: make another administrator first.</source>
        <translation>%1 ist die letzte aktive Administrator:in: Machen Sie zuerst eine andere Mitarbeiter:in zur Administrator:in.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>Das aktuelle Passwort ist falsch.</translation>
    </message>
    <message>
        <source>A token needs a name that says what uses it, such as &quot;nightly-export&quot;.</source>
        <translation>Ein Token braucht einen Namen, der sagt, wofür es verwendet wird, etwa „nightly-export“.</translation>
    </message>
    <message>
        <source>%1 already has a token named %2: revoke it first, or choose another name.</source>
        <translation>%1 hat bereits ein Token namens %2: Widerrufen Sie es zuerst, oder wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>There is no access token %1.</source>
        <translation>Es gibt kein Zugriffstoken %1.</translation>
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
        <translation>Eine Bewerbung in einen anderen Status bringen.</translation>
    </message>
    <message>
        <source>Why (required for exit statuses).</source>
        <translation>Warum (Pflicht bei Austritts-Status).</translation>
    </message>
    <message>
        <source>APPLICATION must be an application id (a whole number), not &apos;%1&apos;.</source>
        <translation>APPLICATION muss die Nummer einer Bewerbung sein (eine ganze Zahl), nicht &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Unknown status &apos;%1&apos;. The statuses are: %2.</source>
        <translation>Unbekannter Status &apos;%1&apos;. Die Status sind: %2.</translation>
    </message>
    <message>
        <source>Application %1: %2 -&gt; %3, by %4</source>
        <translation>Bewerbung %1: %2 -&gt; %3, von %4</translation>
    </message>
    <message>
        <source>desk</source>
        <translation>System</translation>
    </message>
    <message>
        <source>; reason: %1</source>
        <translation>; Grund: %1</translation>
    </message>
    <message>
        <source>; cause: %1</source>
        <translation>; Anlass: %1</translation>
    </message>
    <message>
        <source>Set an application&apos;s assessment score (0 to 100).</source>
        <translation>Die Bewertung einer Bewerbung setzen (0 bis 100).</translation>
    </message>
    <message>
        <source>Sets the score of application APPLICATION (its id) to SCORE, a whole number from %1 to %2, or &apos;none&apos; to clear it. `show` prints it.</source>
        <translation>Setzt die Bewertung der Bewerbung APPLICATION (ihre Nummer) auf SCORE, eine ganze Zahl von %1 bis %2, oder &apos;none&apos;, um sie zu entfernen. `show` gibt sie aus.</translation>
    </message>
    <message>
        <source>SCORE must be a whole number from %1 to %2, or &apos;none&apos;, not &apos;%3&apos;.</source>
        <translation>SCORE muss eine ganze Zahl von %1 bis %2 sein, oder &apos;none&apos;, nicht &apos;%3&apos;.</translation>
    </message>
    <message>
        <source>Application %1: score %2 of %3</source>
        <translation>Bewerbung %1: Bewertung %2 von %3</translation>
    </message>
    <message>
        <source>Application %1: no score</source>
        <translation>Bewerbung %1: keine Bewertung</translation>
    </message>
    <message>
        <source>Refund %1 recorded: %2 %3 (%4)</source>
        <translation>Erstattung %1 erfasst: %2 %3 (%4)</translation>
    </message>
    <message>
        <source>No refund is due: the refund schedule gives nothing back on the day it was asked for.</source>
        <translation>Keine Erstattung fällig: der Erstattungsplan gibt am Tag des Antrags nichts zurück.</translation>
    </message>
    <message>
        <source>Moves application APPLICATION (its id) to STATUS, one of: %1.
Only the moves of the lifecycle are allowed; not_qualified, declined, withdrawn, dropped, refunded and not_seeking need --reason, placed the facts of the job (placement record), and deferred --to-cohort: a later cohort of the same track, where the application returns as qualified when it opens (at once if it is open). Prints every status event written, including the seats offered or the waitlisting that follow from the move.</source>
        <translation>Bringt die Bewerbung APPLICATION (ihre Nummer) in den Status STATUS, einen von: %1.
Nur die Übergänge des Lebenszyklus sind erlaubt; not_qualified, declined, withdrawn, dropped, refunded und not_seeking brauchen --reason, placed die Angaben zur Stelle (placement record) und deferred --to-cohort: eine spätere Kohorte desselben Programms, in die die Bewerbung als qualifiziert zurückkehrt, wenn sie öffnet (sofort, wenn sie offen ist). Gibt jeden geschriebenen Statuseintrag aus, einschließlich der angebotenen Plätze oder der Aufnahme in die Warteliste, die sich aus dem Übergang ergeben.</translation>
    </message>
    <message>
        <source>The later cohort a deferral moves to (deferred only).</source>
        <translation>Die spätere Kohorte, in die eine Zurückstellung führt (nur bei deferred).</translation>
    </message>
    <message>
        <source>Moving to deferred needs --to-cohort: the later cohort of the same track the application moves to.</source>
        <translation>Der Wechsel nach deferred braucht --to-cohort: die spätere Kohorte desselben Programms, in die die Bewerbung wechselt.</translation>
    </message>
    <message>
        <source>--to-cohort only goes with deferred.</source>
        <translation>--to-cohort gibt es nur zusammen mit deferred.</translation>
    </message>
</context>
<context>
    <name>StatusService</name>
    <message>
        <source>There is no application %1.</source>
        <translation>Es gibt keine Bewerbung %1.</translation>
    </message>
    <message>
        <source>Moving application %1 to %2 needs a reason.</source>
        <translation>Bewerbung %1 nach %2 zu bringen braucht einen Grund.</translation>
    </message>
    <message>
        <source>Application %1 has no cohort: choose one before it can be %2.</source>
        <translation>Bewerbung %1 hat keine Kohorte: Bitte eine wählen, bevor sie %2 sein kann.</translation>
    </message>
    <message>
        <source>Cohort %1 has no free seat: application %2 cannot be offered one.</source>
        <translation>Kohorte %1 hat keinen freien Platz: Bewerbung %2 kann keiner angeboten werden.</translation>
    </message>
    <message>
        <source>Application %1 is first in line for cohort %2&apos;s next seat (first come, first served): application %3 cannot be offered it.</source>
        <translation>Bewerbung %1 steht als Erste für den nächsten Platz der Kohorte %2 an (wer zuerst kommt, mahlt zuerst): Bewerbung %3 kann er nicht angeboten werden.</translation>
    </message>
    <message>
        <source>Cancelled: no status was changed.</source>
        <translation>Abgebrochen: Kein Status wurde geändert.</translation>
    </message>
    <message>
        <source>there is no application %1</source>
        <translation>es gibt keine Bewerbung %1</translation>
    </message>
    <message>
        <source>event %1 is not a move of application %2</source>
        <translation>Eintrag %1 ist keine Verschiebung der Bewerbung %2</translation>
    </message>
    <message>
        <source>application %1 has moved since (to %2 at %3)</source>
        <translation>Bewerbung %1 wurde seitdem verschoben (nach %2 um %3)</translation>
    </message>
    <message>
        <source>seats have moved since (application %1 went from %2 to %3 at %4)</source>
        <translation>seitdem haben sich Plätze bewegt (Bewerbung %1 ging von %2 nach %3 um %4)</translation>
    </message>
    <message>
        <source>The move of application %1 cannot be undone: %2.</source>
        <translation>Die Verschiebung der Bewerbung %1 lässt sich nicht rückgängig machen: %2.</translation>
    </message>
    <message>
        <source>cohort %1 is of another track: application %2 can only be deferred to a later cohort of its own track</source>
        <translation>Kohorte %1 gehört zu einem anderen Programm: Bewerbung %2 kann nur in eine spätere Kohorte ihres eigenen Programms zurückgestellt werden</translation>
    </message>
    <message>
        <source>cohort %1 is %2: it takes nobody any more</source>
        <translation>Kohorte %1 ist %2: Sie nimmt niemanden mehr auf</translation>
    </message>
    <message>
        <source>cohort %1 does not start after cohort %2, the application&apos;s cohort now</source>
        <translation>Kohorte %1 beginnt nicht nach Kohorte %2, der jetzigen Kohorte der Bewerbung</translation>
    </message>
    <message>
        <source>Deferring application %1 needs the later cohort it moves to.</source>
        <translation>Für die Zurückstellung der Bewerbung %1 wird die spätere Kohorte gebraucht, in die sie wechselt.</translation>
    </message>
    <message>
        <source>There is no cohort %1.</source>
        <translation>Es gibt keine Kohorte %1.</translation>
    </message>
    <message>
        <source>Application %1 cannot be deferred: %2.</source>
        <translation>Bewerbung %1 kann nicht zurückgestellt werden: %2.</translation>
    </message>
    <message>
        <source>Application %1 is deferred to cohort %2: it returns as qualified by itself when that cohort opens.</source>
        <translation>Bewerbung %1 ist in Kohorte %2 zurückgestellt: Sie kehrt von selbst als qualifiziert zurück, wenn diese Kohorte öffnet.</translation>
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
    <message>
        <source>qualifying gave the application its place in the queue and placed it at once</source>
        <translation>die Qualifizierung hat der Bewerbung ihren Platz in der Warteschlange gegeben und sie sofort eingereiht</translation>
    </message>
    <message>
        <source>the offer&apos;s hold cannot be given back</source>
        <translation>die Reservierung des Angebots lässt sich nicht zurückgeben</translation>
    </message>
    <message>
        <source>a seat moved with it (it gave up a seat, which the waitlist may take)</source>
        <translation>ein Platz hat sich mitbewegt (er wurde freigegeben, die Warteliste kann ihn nehmen)</translation>
    </message>
    <message>
        <source>a move from %1 to %2 cannot be taken back</source>
        <translation>eine Verschiebung von %1 nach %2 lässt sich nicht zurücknehmen</translation>
    </message>
</context>
<context>
    <name>TimeInStageReport</name>
    <message>
        <source>Days in each status</source>
        <translation>Tage in jedem Status</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Stays ended</source>
        <translation>Beendete Aufenthalte</translation>
    </message>
    <message>
        <source>Median days</source>
        <translation>Median (Tage)</translation>
    </message>
    <message>
        <source>90th percentile days</source>
        <translation>90. Perzentil (Tage)</translation>
    </message>
    <message>
        <source>There now</source>
        <translation>Aktuell dort</translation>
    </message>
    <message>
        <source>Applied to a decision</source>
        <translation>Von der Bewerbung bis zur Entscheidung</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Bewerbungen</translation>
    </message>
    <message>
        <source>Any decision</source>
        <translation>Alle Entscheidungen</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>A stay runs from entering a status to the application&apos;s next move, in tenths of a day; percentiles are of the stays that ended. The wait for a decision runs from applying to the first qualified or not qualified.</source>
        <translation>Ein Aufenthalt reicht vom Eintritt in einen Status bis zur nächsten Verschiebung der Bewerbung, in Zehnteltagen; die Perzentile beziehen sich auf die beendeten Aufenthalte. Die Wartezeit auf eine Entscheidung reicht von der Bewerbung bis zum ersten „Qualifiziert“ oder „Nicht qualifiziert“.</translation>
    </message>
</context>
<context>
    <name>TimeZoneDialog</name>
    <message>
        <source>Bootcamp Time Zone</source>
        <translation>Zeitzone des Bootcamps</translation>
    </message>
    <message>
        <source>The bootcamp&apos;s days end at midnight in this time zone, for every desk on this database: a cohort opens, starts and ends on its dates there.</source>
        <translation>Die Tage des Bootcamps enden um Mitternacht in dieser Zeitzone, für jeden Desk mit dieser Datenbank: Eine Kohorte öffnet, beginnt und endet an ihren Terminen nach dieser Zeit.</translation>
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation>&amp;Zeitzone</translation>
    </message>
    <message>
        <source>Today there</source>
        <translation>Heute dort</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>TrackCheck</name>
    <message>
        <source>No Career Track Yet</source>
        <translation>Noch kein Programm</translation>
    </message>
    <message>
        <source>%1 belongs to a career track, and there is none yet.</source>
        <translation>%1 gehört zu einem Programm, und es gibt noch keines.</translation>
    </message>
    <message>
        <source>%1 belongs to a career track, and every track is inactive.</source>
        <translation>%1 gehört zu einem Programm, und alle Programme sind inaktiv.</translation>
    </message>
    <message>
        <source>Add the first track now. Settings → Career Tracks lists, edits and deactivates them later.</source>
        <translation>Legen Sie jetzt das erste Programm an. Unter Einstellungen → Programme lassen sie sich später ansehen, bearbeiten und deaktivieren.</translation>
    </message>
    <message>
        <source>&amp;Add a Career Track…</source>
        <translation>Programm &amp;anlegen…</translation>
    </message>
</context>
<context>
    <name>TrackCodes</name>
    <message>
        <source>There is no career track &quot;%1&quot;: there are no tracks yet (see track add).</source>
        <translation>Es gibt kein Programm „%1“: Es gibt noch keine Programme (siehe track add).</translation>
    </message>
    <message>
        <source>There is no career track &quot;%1&quot; (the tracks are %2).</source>
        <translation>Es gibt kein Programm „%1“ (die Programme sind %2).</translation>
    </message>
</context>
<context>
    <name>TrackDialog</name>
    <message>
        <source>Takes new &amp;applications and cohorts</source>
        <translation>Nimmt neue &amp;Bewerbungen und Kohorten an</translation>
    </message>
    <message>
        <source>Edit Career Track</source>
        <translation>Programm bearbeiten</translation>
    </message>
    <message>
        <source>New Career Track</source>
        <translation>Neues Programm</translation>
    </message>
    <message>
        <source>e.g. SWE</source>
        <translation>z. B. SWE</translation>
    </message>
    <message>
        <source>e.g. Software Engineering</source>
        <translation>z. B. Software Engineering</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Kürzel</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>The code is how CSV files and the command line name the track: 1 to 16 letters, digits, - or _.</source>
        <translation>Mit dem Kürzel nennen CSV-Dateien und die Kommandozeile das Programm: 1 bis 16 Buchstaben, Ziffern, - oder _.</translation>
    </message>
</context>
<context>
    <name>TracksDialog</name>
    <message>
        <source>Code</source>
        <translation>Kürzel</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Takes applications</source>
        <translation>Nimmt Bewerbungen an</translation>
    </message>
    <message>
        <source>Career tracks</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>&amp;Edit Track…</source>
        <translation>Programm &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <source>Career Tracks</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>No career track yet. Every application and cohort belongs to one: New Track… adds the first.</source>
        <translation>Noch kein Programm. Jede Bewerbung und jede Kohorte gehört zu einem: „Neues Programm…“ legt das erste an.</translation>
    </message>
    <message>
        <source>No career track yet. Staff who manage tracks and cohorts add them here.</source>
        <translation>Noch kein Programm. Wer Programme und Kohorten verwaltet, legt sie hier an.</translation>
    </message>
    <message>
        <source>&amp;New Track…</source>
        <translation>&amp;Neues Programm…</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no (inactive)</source>
        <translation>nein (inaktiv)</translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation>&amp;Aktivieren</translation>
    </message>
    <message>
        <source>Track %1 added.</source>
        <translation>Programm %1 angelegt.</translation>
    </message>
    <message>
        <source>Track %1 saved.</source>
        <translation>Programm %1 gespeichert.</translation>
    </message>
    <message>
        <source>%1 takes new applications and cohorts again.</source>
        <translation>%1 nimmt wieder neue Bewerbungen und Kohorten an.</translation>
    </message>
    <message>
        <source>%1 takes no new applications or cohorts. Its applications and cohorts keep it.</source>
        <translation>%1 nimmt keine neuen Bewerbungen oder Kohorten mehr an. Bestehende Bewerbungen und Kohorten behalten es.</translation>
    </message>
</context>
<context>
    <name>UnlockForm</name>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Password of %1</source>
        <translation>Passwort von %1</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2). Enter your password to unlock.</source>
        <translation>Angemeldet als %1 (%2). Geben Sie zum Entsperren Ihr Passwort ein.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed attempts: try again in %n second(s).</source>
        <translation>
            <numerusform>Zu viele Fehlversuche: Versuchen Sie es in %n Sekunde erneut.</numerusform>
            <numerusform>Zu viele Fehlversuche: Versuchen Sie es in %n Sekunden erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong username or password.</source>
        <translation>Falscher Benutzername oder falsches Passwort.</translation>
    </message>
</context>
<context>
    <name>UpcomingInterviewsDialog</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Bewerber:in</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Bewerbung</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>Gesprächsführung</translation>
    </message>
    <message>
        <source>Upcoming interviews</source>
        <translation>Anstehende Gespräche</translation>
    </message>
    <message>
        <source>Upcoming Interviews</source>
        <translation>Anstehende Gespräche</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>&amp;Interviewer</source>
        <translation>&amp;Gesprächsführung</translation>
    </message>
    <message>
        <source>The interviews cannot be read: %1</source>
        <translation>Die Gespräche können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No interviews are coming up.</source>
        <translation>Keine Gespräche stehen an.</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>Interviews coming up: %L1. Enter or a double click shows the application.</source>
        <translation>Anstehende Gespräche: %L1. Eingabe oder ein Doppelklick zeigt die Bewerbung.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>%1 has %L2 characters; at most %L3 are allowed.</source>
        <translation>Das Feld „%1“ hat %L2 Zeichen; erlaubt sind höchstens %L3.</translation>
    </message>
    <message>
        <source>%1 contains the control character %2; only tabs and line breaks are allowed.</source>
        <translation>Das Feld „%1“ enthält das Steuerzeichen %2; erlaubt sind nur Tabulatoren und Zeilenumbrüche.</translation>
    </message>
    <message>
        <source>%1 contains the control character %2; it must be one line of printable text.</source>
        <translation>Das Feld „%1“ enthält das Steuerzeichen %2; es muss eine einzige Zeile druckbaren Texts sein.</translation>
    </message>
    <message>
        <source>%1 contains the bidirectional control character %2, which can make it read as something else; remove it.</source>
        <translation>Das Feld „%1“ enthält das bidirektionale Steuerzeichen %2, durch das sich der Text anders lesen kann, als er gemeint ist; entfernen Sie es.</translation>
    </message>
</context>
<context>
    <name>WaitlistPlace</name>
    <message>
        <source>a deferral</source>
        <translation>eine Zurückstellung</translation>
    </message>
    <message>
        <source>a deferral from %1</source>
        <translation>eine Zurückstellung aus %1</translation>
    </message>
    <message>
        <source>There is no application %1.</source>
        <translation>Es gibt keine Bewerbung %1.</translation>
    </message>
    <message>
        <source>qualified earlier</source>
        <translation>früher qualifiziert</translation>
    </message>
    <message>
        <source>qualified before this application returned from its deferral</source>
        <translation>qualifiziert, bevor diese Bewerbung aus ihrer Zurückstellung zurückkehrte</translation>
    </message>
    <message>
        <source>%1 kept its qualification time of %2</source>
        <translation>%1 hat ihren Qualifizierungszeitpunkt %2 behalten</translation>
    </message>
    <message>
        <source>%1 joined the queue earlier, at %2</source>
        <translation>%1 wurde früher eingereiht, um %2</translation>
    </message>
    <message>
        <source>qualified at the same moment and applied earlier</source>
        <translation>im selben Moment qualifiziert und früher beworben</translation>
    </message>
    <message>
        <source>same times, lower number</source>
        <translation>gleiche Zeitpunkte, niedrigere Nummer</translation>
    </message>
    <message>
        <source>%1: it kept its qualification time</source>
        <translation>%1: Sie hat ihren Qualifizierungszeitpunkt behalten</translation>
    </message>
    <message>
        <source>%1: it queues from its return at %2</source>
        <translation>%1: Sie ist ab ihrer Rückkehr um %2 eingereiht</translation>
    </message>
</context>
<context>
    <name>WaitlistTab</name>
    <message>
        <source>Applications ahead</source>
        <translation>Bewerbungen davor</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Bewerbung</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Bewerber:in</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Qualifiziert</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Beworben</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>&lt;b style=&quot;font-size: large&quot;&gt;Place %1 of %2&lt;/b&gt; waiting for a seat of cohort %3</source>
        <translation>&lt;b style=&quot;font-size: large&quot;&gt;Platz %1 von %2&lt;/b&gt; auf der Warteliste für einen Platz der Kohorte %3</translation>
    </message>
    <message>
        <source>Queue time: %1</source>
        <translation>Einreihungszeit: %1</translation>
    </message>
    <message>
        <source>First in line: the next free seat is offered to this application.</source>
        <translation>An erster Stelle: Der nächste freie Platz wird dieser Bewerbung angeboten.</translation>
    </message>
    <message>
        <source>Ahead of it, in the order seats are offered: first come, first served by queue time, then application time, then number.</source>
        <translation>Davor, in der Reihenfolge, in der Plätze angeboten werden: in der Reihenfolge des Eingangs nach Einreihungszeit, dann Bewerbungszeit, dann Nummer.</translation>
    </message>
    <message>
        <source>this application</source>
        <translation>diese Bewerbung</translation>
    </message>
    <message>
        <source>… and %L1 more ahead</source>
        <translation>… und %L1 weitere davor</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Admissions desk for a coding bootcamp.</source>
        <translation>Bewerbungsbüro für ein Coding-Bootcamp.</translation>
    </message>
    <message>
        <source>Open the database &lt;path&gt; (default: %1).</source>
        <translation>Die Datenbank &lt;Pfad&gt; öffnen (Vorgabe: %1).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Create a new database at &lt;path&gt; and open it.</source>
        <translation>Eine neue Datenbank unter &lt;Pfad&gt; anlegen und öffnen.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>The database to open, as with --db.</source>
        <translation>Die zu öffnende Datenbank, wie mit --db.</translation>
    </message>
    <message>
        <source>[file]</source>
        <translation>[Datei]</translation>
    </message>
    <message>
        <source>Cannot save the screenshot to %1: %2</source>
        <translation>Das Bildschirmfoto kann nicht in %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Upgrading %1 for this version of Admissions Desk.
This happens once and can take a minute on a large file.</source>
        <translation>%1 wird für diese Version von Admissions Desk aktualisiert.
Das geschieht einmal und kann bei einer großen Datei eine Minute dauern.</translation>
    </message>
    <message>
        <source>Admissions Desk</source>
        <translation>Admissions Desk</translation>
    </message>
    <message>
        <source>Open one database: give a file name, --db or --new, not more than one.</source>
        <translation>Öffnen Sie eine Datenbank: Geben Sie einen Dateinamen, --db oder --new an, nicht mehr als eines davon.</translation>
    </message>
    <message>
        <source>%1 already exists: a new database never replaces a file.</source>
        <translation>%1 gibt es schon: Eine neue Datenbank ersetzt nie eine Datei.</translation>
    </message>
    <message>
        <source>Expired offers could not be released: %1</source>
        <translation>Abgelaufene Angebote konnten nicht freigegeben werden: %1</translation>
    </message>
    <message>
        <source>Checking the database file…</source>
        <translation>Die Datenbankdatei wird geprüft…</translation>
    </message>
    <message>
        <source>Save a picture of the main window to &lt;file&gt; once the database file has been checked, then quit. Nobody signs in unless the environment variable %1 holds a personal access token.</source>
        <translation>Ein Bild des Hauptfensters in &lt;Datei&gt; speichern, sobald die Datenbankdatei geprüft ist, und dann beenden. Angemeldet wird nur, wenn die Umgebungsvariable %1 ein persönliches Zugriffstoken enthält.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cohorts could not follow their dates: %1</source>
        <translation>Die Zustände der Kohorten konnten nicht an ihre Termine angepasst werden: %1</translation>
    </message>
    <message>
        <source>The database file passed its check.</source>
        <translation>Die Datenbankdatei hat ihre Prüfung bestanden.</translation>
    </message>
</context>
</TS>
