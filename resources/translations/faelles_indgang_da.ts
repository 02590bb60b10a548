<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../referral_app/ui/help/about.py" line="79"/>
        <source>About Fælles Indgang</source>
        <extracomment>What the app ships with (the wheel&apos;s dependencies and the frozen app&apos;s contents). Shipped beside the fonts (resources/fonts), shown in full.</extracomment>
        <translation>Om Fælles Indgang</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/help/about.py" line="84"/>
        <source>Referrals for the single entry point at BIBLIOTEK+ Høje Gladsaxe.</source>
        <translation>Henvisninger for den fælles indgang på BIBLIOTEK+ Høje Gladsaxe.</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/help/about.py" line="98"/>
        <source>Database:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/help/about.py" line="98"/>
        <source>Data folder:</source>
        <translation>Datamappe:</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/help/about.py" line="108"/>
        <source>Licences</source>
        <translation>Licenser</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/help/about.py" line="112"/>
        <source>&amp;Licences of the bundled libraries and fonts:</source>
        <translation>&amp;Licenser for de medfølgende biblioteker og skrifttyper:</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/help/about.py" line="135"/>
        <source>Component</source>
        <translation>Komponent</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/help/about.py" line="135"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/help/about.py" line="135"/>
        <source>Licence</source>
        <translation>Licens</translation>
    </message>
</context>
<context>
    <name>AddressDialog</name>
    <message>
        <location filename="../../referral_app/ui/directory/address_editor.py" line="38"/>
        <source>Street</source>
        <translation>Vej</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/address_editor.py" line="38"/>
        <source>Numbers</source>
        <translation>Numre</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/address_editor.py" line="38"/>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/address_editor.py" line="39"/>
        <source>Department</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/address_editor.py" line="45"/>
        <source>The address table</source>
        <translation>Adressetabellen</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/address_editor.py" line="54"/>
        <source>&amp;New range</source>
        <translation>Nyt &amp;interval</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/address_editor.py" line="57"/>
        <source>De&amp;lete range</source>
        <translation>S&amp;let interval</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/address_editor.py" line="68"/>
        <source>&amp;Street:</source>
        <translation>&amp;Vej:</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/address_editor.py" line="69"/>
        <source>Number &amp;from:</source>
        <translation>Nummer &amp;fra:</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/address_editor.py" line="71"/>
        <source>Number &amp;to:</source>
        <translation>Nummer &amp;til:</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/address_editor.py" line="73"/>
        <source>&amp;Which numbers:</source>
        <translation>&amp;Hvilke numre:</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/address_editor.py" line="76"/>
        <source>Housing &amp;organization:</source>
        <translation>&amp;Boligorganisation:</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/address_editor.py" line="78"/>
        <source>&amp;Department:</source>
        <translation>&amp;Afdeling:</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/address_editor.py" line="79"/>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/address_editor.py" line="81"/>
        <location filename="../../referral_app/ui/directory/address_editor.py" line="129"/>
        <source>Address range</source>
        <translation>Adresseinterval</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/address_editor.py" line="101"/>
        <source>Change address range</source>
        <translation>Ret adresseinterval</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../../referral_app/ui/admin/page.py" line="66"/>
        <source>Your role has no administration tasks. Coordinators and managers see more here.</source>
        <translation>Din rolle har ingen administrationsopgaver. Ledere og administratorer ser mere her.</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/admin/page.py" line="75"/>
        <source>&amp;Staff accounts</source>
        <translation>&amp;Medarbejderkonti</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/admin/page.py" line="78"/>
        <source>A&amp;udit log</source>
        <translation>&amp;Logbog</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/admin/page.py" line="80"/>
        <source>S&amp;ettings</source>
        <translation>&amp;Indstillinger</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/admin/page.py" line="83"/>
        <source>E&amp;rasure</source>
        <translation>S&amp;letning</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../../referral_app/ui/admin/audit_model.py" line="64"/>
        <source>%1 (no. %2)</source>
        <translation>%1 (nr. %2)</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/admin/audit_model.py" line="65"/>
        <source>no. %1</source>
        <translation>nr. %1</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/admin/audit_model.py" line="87"/>
        <source>Time</source>
        <translation>Tidspunkt</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/admin/audit_model.py" line="87"/>
        <source>Staff</source>
        <translation>Medarbejder</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/admin/audit_model.py" line="87"/>
        <source>Action</source>
        <translation>Handling</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/admin/audit_model.py" line="87"/>
        <source>Record</source>
        <translation>Post</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/admin/audit_model.py" line="87"/>
        <source>Resident</source>
        <translation>Beboer</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/admin/audit_model.py" line="88"/>
        <source>Purpose</source>
        <translation>Formål</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/admin/audit_model.py" line="88"/>
        <source>Detail</source>
        <translation>Detaljer</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../referral_app/ui/admin/audit.py" line="97"/>
        <source>All actions</source>
        <translation>Alle handlinger</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/admin/audit.py" line="102"/>
        <source>&amp;Show</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/admin/audit.py" line="105"/>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Eksportér CSV…</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/admin/audit.py" line="109"/>
        <source>Check &amp;integrity</source>
        <translation>Kontrollér &amp;integritet</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/admin/audit.py" line="111"/>
        <source>Check that no entry in the log was changed, deleted or inserted</source>
        <translation>Kontrollér at ingen post i loggen er ændret, slettet eller indsat</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/admin/audit.py" line="115"/>
        <source>Result of the integrity check</source>
        <translation>Resultat af integritetskontrollen</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/admin/audit.py" line="126"/>
        <location filename="../../referral_app/ui/admin/audit.py" line="153"/>
        <location filename="../../referral_app/ui/admin/audit.py" line="186"/>
        <location filename="../../referral_app/ui/admin/audit.py" line="193"/>
        <location filename="../../referral_app/ui/admin/audit.py" line="205"/>
        <location filename="../../referral_app/ui/admin/audit.py" line="226"/>
        <location filename="../../referral_app/ui/admin/audit.py" line="257"/>
        <location filename="../../referral_app/ui/admin/audit.py" line="260"/>
        <location filename="../../referral_app/ui/admin/audit.py" line="264"/>
        <location filename="../../referral_app/ui/admin/audit.py" line="298"/>
        <source>Audit log</source>
        <translation>Logbog</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/admin/audit.py" line="131"/>
        <source>The chosen entry in full</source>
        <translation>Den valgte post i sin helhed</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/admin/audit.py" line="136"/>
        <source>&amp;From</source>
        <translation>&amp;Fra</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/admin/audit.py" line="136"/>
        <source>&amp;To</source>
        <translation>&amp;Til</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/admin/audit.py" line="137"/>
        <source>St&amp;aff</source>
        <translation>Me&amp;darbejder</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/admin/audit.py" line="137"/>
        <source>A&amp;ction</source>
        <translation>&amp;Handling</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/admin/audit.py" line="138"/>
        <source>&amp;Resident</source>
        <translation>&amp;Beboer</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/admin/audit.py" line="144"/>
        <source>Resident chosen for the filter</source>
        <translation>Beboer valgt til filteret</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/admin/audit.py" line="187"/>
        <source>Search for the resident (type the name and press Enter) and choose one, or clear the field.</source>
        <translation>Søg beboeren frem (skriv navnet og tryk Enter) og vælg én, eller ryd feltet.</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/admin/audit.py" line="193"/>
        <source>The period ends before it starts.</source>
        <translation>Perioden slutter, før den begynder.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../referral_app/ui/admin/audit.py" line="216"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n post</numerusform>
            <numerusform>%n poster</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/admin/audit.py" line="218"/>
        <source>more than %1 entries</source>
        <translation>mere end %1 poster</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/admin/audit.py" line="237"/>
        <source>%1 · %2 · %3 · %4: %5</source>
        <translation>%1 · %2 · %3 · %4: %5</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/admin/audit.py" line="252"/>
        <source>Export the audit log</source>
        <translation>Eksportér logbogen</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/admin/audit.py" line="252"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/admin/audit.py" line="260"/>
        <source>The file could not be written: %1</source>
        <translation>Filen kunne ikke skrives: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../referral_app/ui/admin/audit.py" line="264"/>
        <source>%n entries exported.</source>
        <translation>
            <numerusform>%n post eksporteret.</numerusform>
            <numerusform>%n poster eksporteret.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/admin/audit.py" line="279"/>
        <source>Checking the log…</source>
        <translation>Kontrollerer loggen…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../referral_app/ui/admin/audit.py" line="286"/>
        <source>✓ The log is intact: %n entries checked.</source>
        <translation>
            <numerusform>✓ Loggen er intakt: %n poster kontrolleret.</numerusform>
            <numerusform>✓ Loggen er intakt: %n poster kontrolleret.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/admin/audit.py" line="291"/>
        <source>✗ The log has been tampered with: %1.</source>
        <translation>✗ Der er pillet ved loggen: %1.</translation>
    </message>
</context>
<context>
    <name>CaseForm</name>
    <message>
        <location filename="../../referral_app/ui/reports/params.py" line="138"/>
        <source>&amp;Inquiry no.:</source>
        <translation>Henv&amp;endelse nr.:</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/reports/params.py" line="139"/>
        <source>Re&amp;cipient:</source>
        <translation>&amp;Modtager:</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/reports/params.py" line="140"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprog:</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/reports/params.py" line="141"/>
        <source>Inquiry number</source>
        <translation>Henvendelsens nummer</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/reports/params.py" line="142"/>
        <source>Who the summary is for</source>
        <translation>Hvem oversigten er til</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/reports/params.py" line="143"/>
        <source>Language of the report</source>
        <translation>Rapportens sprog</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/reports/params.py" line="144"/>
        <source>Danish</source>
        <translation>Dansk</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/reports/params.py" line="144"/>
        <source>English</source>
        <translation>Engelsk</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/reports/params.py" line="151"/>
        <source>Our own file</source>
        <translation>Vores egen journal</translation>
    </message>
</context>
<context>
    <name>CategoryDialog</name>
    <message>
        <location filename="../../referral_app/ui/directory/category_editor.py" line="47"/>
        <source>&amp;Category:</source>
        <extracomment>What the category&apos;s usage is: the names of its services and the rules that route it.</extracomment>
        <translation>&amp;Kategori:</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/category_editor.py" line="49"/>
        <source>Ne&amp;w category</source>
        <translation>N&amp;y kategori</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/category_editor.py" line="53"/>
        <source>&amp;Under:</source>
        <translation>&amp;Under:</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/category_editor.py" line="53"/>
        <source>(top level)</source>
        <translation>(øverste niveau)</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/category_editor.py" line="57"/>
        <source>Name in &amp;Danish:</source>
        <translation>Navn på &amp;dansk:</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/category_editor.py" line="58"/>
        <source>Name in &amp;English:</source>
        <translation>Navn på &amp;engelsk:</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/category_editor.py" line="59"/>
        <source>&amp;Focus area:</source>
        <translation>&amp;Fokusområde:</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/category_editor.py" line="60"/>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/category_editor.py" line="63"/>
        <source>&amp;Keywords:</source>
        <translation>&amp;Søgeord:</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/category_editor.py" line="69"/>
        <source>A word or phrase residents use</source>
        <translation>Et ord eller udtryk, beboerne bruger</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/category_editor.py" line="70"/>
        <source>&amp;Add word</source>
        <translation>&amp;Tilføj ord</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/category_editor.py" line="73"/>
        <source>&amp;Remove word</source>
        <translation>Fje&amp;rn ord</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/category_editor.py" line="79"/>
        <source>&amp;New word:</source>
        <translation>N&amp;yt ord:</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/category_editor.py" line="81"/>
        <source>New word</source>
        <translation>Nyt ord</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/category_editor.py" line="87"/>
        <source>Used by:</source>
        <translation>Bruges af:</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/category_editor.py" line="89"/>
        <location filename="../../referral_app/ui/directory/category_editor.py" line="137"/>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/category_editor.py" line="129"/>
        <source>New category</source>
        <translation>Ny kategori</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/category_editor.py" line="146"/>
        <source>{service} (priority {priority})</source>
        <translation>{service} (prioritet {priority})</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/category_editor.py" line="148"/>
        <source>Services: {services}
Rules: {rules}</source>
        <translation>Tilbud: {services}
Regler: {rules}</translation>
    </message>
</context>
<context>
    <name>ChannelBar</name>
    <message>
        <location filename="../../referral_app/ui/front_desk/tallies.py" line="93"/>
        <source>Channel:</source>
        <translation>Kanal:</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/front_desk/tallies.py" line="97"/>
        <source>Channel {channel}</source>
        <translation>Kanal {channel}</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/front_desk/tallies.py" line="98"/>
        <source>Log the next tallies and inquiries as {channel}. Key: {key}</source>
        <translation>Log de næste optællinger og henvendelser som {channel}. Tast: {key}</translation>
    </message>
</context>
<context>
    <name>ChosenReferrals</name>
    <message>
        <location filename="../../referral_app/ui/routing/choices.py" line="101"/>
        <source>Refer to:</source>
        <translation>Henvis til:</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/routing/choices.py" line="102"/>
        <source>Referrals that are created when the inquiry is saved</source>
        <translation>Henvisninger, der oprettes, når henvendelsen gemmes</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/routing/choices.py" line="103"/>
        <source>Delete removes the highlighted referral.</source>
        <translation>Delete fjerner den markerede henvisning.</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/routing/choices.py" line="104"/>
        <source>nothing chosen yet: the inquiry is saved without a referral.</source>
        <translation>intet valgt endnu: henvendelsen gemmes uden henvisning.</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/routing/choices.py" line="105"/>
        <source>Mode:</source>
        <translation>Form:</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/routing/choices.py" line="106"/>
        <source>Lo&amp;gged (the resident goes there)</source>
        <translation>Noteret (beboeren går se&amp;lv)</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/routing/choices.py" line="107"/>
        <source>Handed over (&amp;we contact them, with consent)</source>
        <translation>Overdraget (vi kontakter dem, &amp;med samtykke)</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/routing/choices.py" line="108"/>
        <source>The resident was told where to go.</source>
        <translation>Beboeren har fået at vide, hvor de skal henvende sig.</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/routing/choices.py" line="110"/>
        <source>We contact the service for the resident. Needs the resident&apos;s consent for that organization.</source>
        <translation>Vi kontakter tilbuddet på beboerens vegne. Det kræver beboerens samtykke til netop den organisation.</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/routing/choices.py" line="181"/>
        <source>{referral}, follow-up in {days} working days</source>
        <translation>{referral}, opfølgning om {days} arbejdsdage</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/routing/choices.py" line="111"/>
        <source>Mode logged</source>
        <translation>Form: noteret</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/routing/choices.py" line="112"/>
        <source>Mode handed over</source>
        <translation>Form: overdraget</translation>
    </message>
</context>
<context>
    <name>CloseReasonDialog</name>
    <message>
        <location filename="../../referral_app/ui/queue/referral_dialogs.py" line="72"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Årsag:</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/queue/referral_dialogs.py" line="74"/>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/queue/referral_dialogs.py" line="78"/>
        <source>Reason</source>
        <translation>Årsag</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/queue/referral_dialogs.py" line="79"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/queue/referral_dialogs.py" line="80"/>
        <source>&amp;Save the reason</source>
        <translation>&amp;Gem årsagen</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/queue/referral_dialogs.py" line="100"/>
        <source>Write a note that explains the reason &quot;other&quot;.</source>
        <translation>Skriv en note, der forklarer årsagen &quot;andet&quot;.</translation>
    </message>
</context>
<context>
    <name>ClosingDaysDialog</name>
    <message>
        <location filename="../../referral_app/ui/directory/closing_days.py" line="20"/>
        <source>Public holidays close every service unless the service stays open. These days are not public holidays; tick the ones on which the directory closes as well.</source>
        <translation>Helligdage lukker alle tilbud, medmindre tilbuddet holder åbent. Disse dage er ikke helligdage; sæt flueben ved dem, hvor kataloget også lukker.</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/closing_days.py" line="24"/>
        <source>Closed on &amp;24 December</source>
        <translation>Lukket &amp;24. december</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/closing_days.py" line="26"/>
        <source>Closed on &amp;31 December</source>
        <translation>Lukket &amp;31. december</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/closing_days.py" line="29"/>
        <source>Closed on &amp;5 June (Constitution Day)</source>
        <translation>Lukket &amp;5. juni (grundlovsdag)</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/closing_days.py" line="32"/>
        <source>Closing days</source>
        <translation>Lukkedage</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <location filename="../../referral_app/ui/routing/consent.py" line="21"/>
        <source>Consent to a hand-over</source>
        <translation>Samtykke til overdragelse</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/routing/consent.py" line="26"/>
        <source>The resident consents to the information being passed on to {organization}.</source>
        <translation>Beboeren giver samtykke til, at oplysningerne gives videre til {organization}.</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/routing/consent.py" line="33"/>
        <source>Ask the resident first. The consent is saved with your name and can be withdrawn later.</source>
        <translation>Spørg beboeren først. Samtykket gemmes med dit navn og kan trækkes tilbage senere.</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/routing/consent.py" line="38"/>
        <source>&amp;Yes, record the consent</source>
        <translation>&amp;Ja, registrér samtykket</translation>
    </message>
</context>
<context>
    <name>ConsentModel</name>
    <message>
        <location filename="../../referral_app/ui/resident/dialog.py" line="87"/>
        <source>In force</source>
        <translation>Gælder</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/resident/dialog.py" line="88"/>
        <source>Withdrawn %1</source>
        <translation>Trukket tilbage %1</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/resident/dialog.py" line="93"/>
        <source>Purpose</source>
        <translation>Formål</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/resident/dialog.py" line="93"/>
        <source>Recipient</source>
        <translation>Modtager</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/resident/dialog.py" line="93"/>
        <source>Given</source>
        <translation>Givet</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/resident/dialog.py" line="93"/>
        <source>State</source>
        <translation>Tilstand</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <location filename="../../referral_app/ui/front_desk/correction.py" line="66"/>
        <source>Correct inquiry %1</source>
        <translation>Ret henvendelse %1</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/front_desk/correction.py" line="69"/>
        <source>Logged %1 at %2 by %3 at desk %4. The correction is saved in the log with before and after.</source>
        <translation>Registreret %1 kl. %2 af %3 ved skranke %4. Rettelsen gemmes i loggen med før og efter.</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/front_desk/correction.py" line="95"/>
        <source>Correcting inquiry %1</source>
        <translation>Rettelse af henvendelse %1</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/front_desk/correction.py" line="96"/>
        <source>To move the inquiry to another resident, find them here: Up and Down choose, Enter picks.</source>
        <translation>Skal henvendelsen flyttes til en anden beboer, så find vedkommende her: Op og Ned vælger, Enter tager den valgte.</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/front_desk/correction.py" line="101"/>
        <source>Make a&amp;nonymous</source>
        <translation>Gør a&amp;nonym</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/front_desk/correction.py" line="103"/>
        <source>The inquiry is about no one in the register</source>
        <translation>Henvendelsen handler ikke om nogen i registret</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/front_desk/correction.py" line="120"/>
        <source>&amp;Category:</source>
        <translation>&amp;Kategori:</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/front_desk/correction.py" line="121"/>
        <source>&amp;Description:</source>
        <translation>&amp;Beskrivelse:</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/front_desk/correction.py" line="122"/>
        <source>C&amp;hannel:</source>
        <translation>K&amp;anal:</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/front_desk/correction.py" line="123"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprog:</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/front_desk/correction.py" line="133"/>
        <source>Resident now:</source>
        <translation>Beboer nu:</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/front_desk/correction.py" line="139"/>
        <source>&amp;Save correction</source>
        <translation>&amp;Gem rettelse</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/front_desk/correction.py" line="142"/>
        <source>Cancel</source>
        <translation>Annullér</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/front_desk/correction.py" line="182"/>
        <source>Anonymous</source>
        <translation>Anonym</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/front_desk/correction.py" line="184"/>
        <source>(anonymized)</source>
        <translation>(anonymiseret)</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/front_desk/correction.py" line="187"/>
        <source>%1 (no. %2)</source>
        <translation>%1 (nr. %2)</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/front_desk/correction.py" line="216"/>
        <source>Discard your changes to inquiry %1?</source>
        <translation>Kassér dine ændringer til henvendelse %1?</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/front_desk/correction.py" line="217"/>
        <source>Nothing has been saved yet.</source>
        <translation>Intet er gemt endnu.</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/front_desk/correction.py" line="252"/>
        <source>Correct inquiry</source>
        <translation>Ret henvendelse</translation>
    </message>
</context>
<context>
    <name>DialogService</name>
    <message>
        <location filename="../../referral_app/ui/widgets/dialogs.py" line="40"/>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/widgets/dialogs.py" line="62"/>
        <source>Look in:</source>
        <translation>Kig i:</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/widgets/dialogs.py" line="63"/>
        <source>File &amp;name:</source>
        <translation>&amp;Filnavn:</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/widgets/dialogs.py" line="64"/>
        <source>Files of type:</source>
        <translation>Filtype:</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/widgets/dialogs.py" line="65"/>
        <source>&amp;Save</source>
        <translation>&amp;Gem</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/widgets/dialogs.py" line="66"/>
        <source>&amp;Open</source>
        <translation>&amp;Åbn</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/widgets/dialogs.py" line="94"/>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 findes allerede. Vil du erstatte den?</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/widgets/dialogs.py" line="96"/>
        <source>&amp;Replace</source>
        <translation>&amp;Erstat</translation>
    </message>
</context>
<context>
    <name>DirectoryImport</name>
    <message>
        <location filename="../../referral_app/ui/directory/hsds_import.py" line="60"/>
        <source>&amp;Import directory (HSDS)…</source>
        <translation>&amp;Importér tilbudskatalog (HSDS)…</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/hsds_import.py" line="61"/>
        <source>Read an Open Referral HSDS 3.0 directory: a JSON file, or the datapackage.json of a folder of CSV files</source>
        <translation>Indlæs et Open Referral HSDS 3.0-tilbudskatalog: en JSON-fil eller datapackage.json i en mappe med CSV-filer</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/hsds_import.py" line="73"/>
        <source>Choose an HSDS file (or a folder&apos;s datapackage.json)</source>
        <translation>Vælg en HSDS-fil (eller datapackage.json i en mappe)</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/hsds_import.py" line="74"/>
        <source>HSDS JSON (*.json)</source>
        <translation>HSDS JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/hsds_import.py" line="93"/>
        <source>Reading {source}…</source>
        <translation>Læser {source}…</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/hsds_import.py" line="94"/>
        <source>Importing {source}…</source>
        <translation>Importerer {source}…</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/hsds_import.py" line="97"/>
        <location filename="../../referral_app/ui/directory/hsds_import.py" line="123"/>
        <location filename="../../referral_app/ui/directory/hsds_import.py" line="149"/>
        <source>Import directory</source>
        <translation>Importér tilbudskatalog</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/hsds_import.py" line="126"/>
        <source>Imported {source}.</source>
        <translation>Importerede {source}.</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/hsds_import.py" line="131"/>
        <source>{source} holds nothing new: every item is already in the directory as it is.</source>
        <translation>{source} indeholder intet nyt: alt står allerede sådan i tilbudskataloget.</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/hsds_import.py" line="135"/>
        <source>&amp;Import</source>
        <translation>&amp;Importér</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/hsds_import.py" line="144"/>
        <source>An unexpected error stopped the import: {error}</source>
        <translation>En uventet fejl stoppede importen: {error}</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/hsds_import.py" line="145"/>
        <source>The directory was not imported</source>
        <translation>Tilbudskataloget blev ikke importeret</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/hsds_import.py" line="149"/>
        <source>Cancelled: nothing was imported.</source>
        <translation>Annulleret: intet blev importeret.</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/hsds_import.py" line="152"/>
        <source>{source}:</source>
        <translation>{source}:</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/hsds_import.py" line="153"/>
        <source>Services</source>
        <translation>Tilbud</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/hsds_import.py" line="153"/>
        <source>Organizations</source>
        <translation>Organisationer</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/hsds_import.py" line="154"/>
        <source>Addresses</source>
        <translation>Adresser</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/hsds_import.py" line="154"/>
        <source>Categories</source>
        <translation>Kategorier</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/hsds_import.py" line="155"/>
        <source>{what}: {added} new, {changed} changed, {unchanged} unchanged</source>
        <translation>{what}: {added} nye, {changed} ændrede, {unchanged} uændrede</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/hsds_import.py" line="159"/>
        <source>Import now?</source>
        <translation>Importér nu?</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/hsds_import.py" line="164"/>
        <source>New services:</source>
        <translation>Nye tilbud:</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/hsds_import.py" line="164"/>
        <source>Changed services:</source>
        <translation>Ændrede tilbud:</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/hsds_import.py" line="170"/>
        <source>and {count} more</source>
        <translation>og {count} mere</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/hsds_import.py" line="173"/>
        <source>Categories from another taxonomy are kept but do not route until they are mapped: {terms}</source>
        <translation>Kategorier fra en anden taksonomi gemmes, men bruges ikke til henvisning, før de er koblet: {terms}</translation>
    </message>
</context>
<context>
    <name>DirectoryModel</name>
    <message>
        <location filename="../../referral_app/ui/directory/model.py" line="124"/>
        <source>Name</source>
        <extracomment>The ``Service`` behind a service row, the ``Organization`` behind an organization row.</extracomment>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/model.py" line="124"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/model.py" line="124"/>
        <source>Categories</source>
        <translation>Kategorier</translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <location filename="../../referral_app/ui/directory/page.py" line="129"/>
        <source>&amp;Search:</source>
        <translation>&amp;Søg:</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/page.py" line="130"/>
        <source>Name, category or keyword, e.g. lektie or MitID</source>
        <translation>Navn, kategori eller stikord, fx lektie eller MitID</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/page.py" line="131"/>
        <source>Search the directory</source>
        <translation>Søg i tilbud</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/page.py" line="132"/>
        <source>Typing filters the list. Down or Enter moves into the list.</source>
        <translation>Listen filtreres, mens du skriver. Pil ned eller Enter går ned i listen.</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/page.py" line="133"/>
        <source>Only &amp;active services</source>
        <translation>Kun &amp;aktive tilbud</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/page.py" line="134"/>
        <source>Only active services</source>
        <translation>Kun aktive tilbud</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/page.py" line="135"/>
        <source>Organizations and their services</source>
        <translation>Organisationer og deres tilbud</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/page.py" line="203"/>
        <source>The directory could not be read</source>
        <translation>Tilbudslisten kunne ikke læses</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/page.py" line="238"/>
        <source>Nothing matches</source>
        <translation>Intet passer</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/page.py" line="240"/>
        <source>Services: {services} · Organizations: {organizations}</source>
        <translation>Tilbud: {services} · Organisationer: {organizations}</translation>
    </message>
</context>
<context>
    <name>DueDateDialog</name>
    <message>
        <location filename="../../referral_app/ui/queue/referral_dialogs.py" line="125"/>
        <source>Follow-up date</source>
        <translation>Opfølgningsdato</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/queue/referral_dialogs.py" line="126"/>
        <source>&amp;Follow-up date:</source>
        <translation>&amp;Opfølgningsdato:</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/queue/referral_dialogs.py" line="133"/>
        <source>&amp;Set the date</source>
        <translation>&amp;Sæt datoen</translation>
    </message>
</context>
<context>
    <name>EditorDialog</name>
    <message>
        <location filename="../../referral_app/ui/directory/editor_dialog.py" line="49"/>
        <source>&amp;Save</source>
        <translation>&amp;Gem</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/editor_dialog.py" line="98"/>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
</context>
<context>
    <name>ErasurePage</name>
    <message>
        <location filename="../../referral_app/ui/admin/erasure.py" line="31"/>
        <source>A resident may ask to be forgotten. Erasing removes name, phone, e-mail, street address and birth year, and scrubs them from notes. Inquiries and referrals stay without them, so the statistics do not change. It cannot be undone.</source>
        <translation>En beboer kan bede om at blive glemt. Sletning fjerner navn, telefon, e-mail, gadeadresse og fødselsår og fjerner dem fra noter. Henvendelser og henvisninger bliver uden dem, så statistikken ikke ændres. Det kan ikke fortrydes.</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/admin/erasure.py" line="42"/>
        <source>S&amp;how what will be erased</source>
        <translation>&amp;Vis, hvad der slettes</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/admin/erasure.py" line="44"/>
        <source>&amp;Erase…</source>
        <translation>&amp;Slet…</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/admin/erasure.py" line="82"/>
        <location filename="../../referral_app/ui/admin/erasure.py" line="92"/>
        <location filename="../../referral_app/ui/admin/erasure.py" line="123"/>
        <location filename="../../referral_app/ui/admin/erasure.py" line="126"/>
        <source>Erasure</source>
        <translation>Sletning</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/admin/erasure.py" line="38"/>
        <source>Resident&apos;s name</source>
        <translation>Beboerens navn</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/admin/erasure.py" line="39"/>
        <source>Resident to erase</source>
        <translation>Beboer der skal slettes</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/admin/erasure.py" line="40"/>
        <source>&amp;Resident</source>
        <translation>&amp;Beboer</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/admin/erasure.py" line="83"/>
        <source>Search for the resident (type the name and press Enter) and choose one from the list.</source>
        <translation>Søg beboeren frem (skriv navnet og tryk Enter) og vælg én på listen.</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/admin/erasure.py" line="103"/>
        <source>name</source>
        <translation>navn</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/admin/erasure.py" line="103"/>
        <source>phone</source>
        <translation>telefon</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/admin/erasure.py" line="103"/>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/admin/erasure.py" line="104"/>
        <source>street</source>
        <translation>gade</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/admin/erasure.py" line="104"/>
        <source>house number</source>
        <translation>husnummer</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/admin/erasure.py" line="104"/>
        <source>floor and door</source>
        <translation>etage og dør</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/admin/erasure.py" line="105"/>
        <source>birth year</source>
        <translation>fødselsår</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/admin/erasure.py" line="107"/>
        <source>nothing</source>
        <translation>intet</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/admin/erasure.py" line="109"/>
        <source>Resident %1: %2. Will be removed: %3. Kept without them: %4 inquiries, %5 referrals, %6 consents. Last activity %7.</source>
        <translation>Beboer %1: %2. Fjernes: %3. Bevares uden dem: %4 henvendelser, %5 henvisninger, %6 samtykker. Seneste aktivitet %7.</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/admin/erasure.py" line="119"/>
        <source>Erase resident %1?</source>
        <translation>Slet beboer %1?</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/admin/erasure.py" line="120"/>
        <source>This cannot be undone.</source>
        <translation>Det kan ikke fortrydes.</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/admin/erasure.py" line="121"/>
        <source>&amp;Erase resident</source>
        <translation>&amp;Slet beboer</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/admin/erasure.py" line="126"/>
        <source>Resident %1 is erased.</source>
        <translation>Beboer %1 er slettet.</translation>
    </message>
</context>
<context>
    <name>FieldErrors</name>
    <message>
        <location filename="../../referral_app/ui/widgets/fields.py" line="56"/>
        <source>Error: {message}</source>
        <translation>Fejl: {message}</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <location filename="../../referral_app/ui/session/login_dialog.py" line="89"/>
        <source>Fælles Indgang: first administrator</source>
        <translation>Fælles Indgang: første administrator</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/session/login_dialog.py" line="90"/>
        <source>No staff accounts exist yet. Create the first administrator; that person then creates accounts for the others.</source>
        <translation>Der er endnu ingen medarbejderkonti. Opret den første administrator; vedkommende opretter derefter konti til de andre.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../referral_app/ui/session/login_dialog.py" line="102"/>
        <source>at least %n characters</source>
        <translation>
            <numerusform>mindst %n tegn</numerusform>
            <numerusform>mindst %n tegn</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/session/login_dialog.py" line="104"/>
        <source>&amp;Username</source>
        <translation>&amp;Brugernavn</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/session/login_dialog.py" line="104"/>
        <source>&amp;Full name</source>
        <translation>&amp;Fulde navn</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/session/login_dialog.py" line="105"/>
        <source>&amp;Password</source>
        <translation>&amp;Adgangskode</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/session/login_dialog.py" line="105"/>
        <source>&amp;Repeat password</source>
        <translation>&amp;Gentag adgangskode</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/session/login_dialog.py" line="111"/>
        <source>&amp;Create</source>
        <translation>&amp;Opret</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/session/login_dialog.py" line="120"/>
        <source>The two passwords differ.</source>
        <translation>De to adgangskoder er ikke ens.</translation>
    </message>
</context>
<context>
    <name>FrontDeskPage</name>
    <message>
        <location filename="../../referral_app/ui/front_desk/page.py" line="325"/>
        <source>Enter or double-click opens the inquiry to correct it</source>
        <translation>Enter eller dobbeltklik åbner henvendelsen, så den kan rettes</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/front_desk/page.py" line="324"/>
        <source>Today at this desk</source>
        <extracomment>&quot;Print today&apos;s list…&quot;: the main window has the Reports page make and print it. &quot;Export (CSV)…&quot;: today&apos;s inquiries as CSV (coordinators, as on the command line).</extracomment>
        <translation>I dag ved denne skranke</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/front_desk/page.py" line="326"/>
        <source>Print…</source>
        <translation>Udskriv…</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/front_desk/page.py" line="327"/>
        <location filename="../../referral_app/ui/front_desk/page.py" line="328"/>
        <source>Print today&apos;s list…</source>
        <translation>Udskriv dagens liste…</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/front_desk/page.py" line="329"/>
        <source>Print the inquiries logged today at this desk</source>
        <translation>Udskriv de henvendelser, der er registreret i dag ved denne skranke</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/front_desk/page.py" line="330"/>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/front_desk/page.py" line="331"/>
        <location filename="../../referral_app/ui/front_desk/page.py" line="332"/>
        <source>Export (CSV)…</source>
        <translation>Eksportér (CSV)…</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/front_desk/page.py" line="333"/>
        <source>Save today&apos;s inquiries (all desks, without names) as a CSV file</source>
        <translation>Gem dagens henvendelser (alle skranker, uden navne) som en CSV-fil</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/front_desk/page.py" line="334"/>
        <source>Inquiries logged today at this desk, newest first</source>
        <translation>Henvendelser logget i dag ved denne skranke, nyeste først</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/front_desk/page.py" line="336"/>
        <source>Front desk</source>
        <translation>Skranken</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/front_desk/page.py" line="342"/>
        <source>Hide the list</source>
        <translation>Skjul listen</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/front_desk/page.py" line="342"/>
        <source>Show the list</source>
        <translation>Vis listen</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/front_desk/page.py" line="344"/>
        <source>Fold today&apos;s list away to give the form more room</source>
        <translation>Fold dagens liste sammen, så formularen får mere plads</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/front_desk/page.py" line="365"/>
        <source>Inquiries today: {count} · desk {desk}</source>
        <translation>Henvendelser i dag: {count} · skranke {desk}</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/front_desk/page.py" line="368"/>
        <source>(not named)</source>
        <translation>(uden navn)</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/front_desk/page.py" line="369"/>
        <source>name the desk under Settings → This desk…</source>
        <translation>giv skranken et navn under Indstillinger → Denne skranke…</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/front_desk/page.py" line="375"/>
        <source>Sign in to log inquiries.</source>
        <translation>Log ind for at registrere henvendelser.</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/front_desk/page.py" line="377"/>
        <source>Your role cannot log inquiries; the front desk is for front-desk staff and coordinators.</source>
        <translation>Din rolle kan ikke registrere henvendelser; skranken er for skrankemedarbejdere og koordinatorer.</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/front_desk/page.py" line="422"/>
        <source>The categories could not be read</source>
        <translation>Kategorierne kunne ikke læses</translation>
    </message>
</context>
<context>
    <name>GuardedDialog</name>
    <message>
        <location filename="../../referral_app/ui/widgets/keys.py" line="141"/>
        <source>Close without saving what you typed?</source>
        <extracomment>``clear()`` empties a field in its own way; True when there was something to empty.</extracomment>
        <translation>Vil du lukke uden at gemme det, du har skrevet?</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/widgets/keys.py" line="142"/>
        <source>&amp;Discard changes</source>
        <translation>&amp;Kassér ændringer</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/widgets/keys.py" line="143"/>
        <source>&amp;Keep editing</source>
        <translation>&amp;Fortsæt redigering</translation>
    </message>
</context>
<context>
    <name>InquiryExport</name>
    <message>
        <location filename="../../referral_app/ui/reports/inquiry_export.py" line="37"/>
        <source>Export inquiries (CSV)</source>
        <extracomment>A Danish Excel opens semicolon-separated files directly; English spreadsheets expect commas.</extracomment>
        <translation>Eksportér henvendelser (CSV)</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/reports/inquiry_export.py" line="39"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
</context>
<context>
    <name>InquiryForm</name>
    <message>
        <location filename="../../referral_app/ui/front_desk/form.py" line="252"/>
        <source>Inquiry</source>
        <translation>Henvendelse</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/front_desk/form.py" line="253"/>
        <source>&amp;Category:</source>
        <translation>&amp;Kategori:</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/front_desk/form.py" line="254"/>
        <source>Type a word, e.g. skimmel, MitID or husleje</source>
        <translation>Skriv et ord, fx skimmel, MitID eller husleje</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/front_desk/form.py" line="255"/>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/front_desk/form.py" line="256"/>
        <source>Names and keywords are searched. Up and Down choose, Enter picks.</source>
        <translation>Der søges i navne og nøgleord. Op og Ned vælger, Enter tager den valgte.</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/front_desk/form.py" line="258"/>
        <source>&amp;Description:</source>
        <translation>&amp;Beskrivelse:</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/front_desk/form.py" line="259"/>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/front_desk/form.py" line="260"/>
        <source>What is it about? No CPR numbers.</source>
        <translation>Hvad drejer det sig om? Ingen CPR-numre.</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/front_desk/form.py" line="261"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprog:</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/front_desk/form.py" line="262"/>
        <source>Language of the conversation</source>
        <translation>Samtalens sprog</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/front_desk/form.py" line="264"/>
        <source>&amp;Interpreter needed</source>
        <translation>&amp;Tolk nødvendig</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/front_desk/form.py" line="265"/>
        <source>&amp;Urgency:</source>
        <translation>Hastegra&amp;d:</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/front_desk/form.py" line="266"/>
        <source>Urgency</source>
        <translation>Hastegrad</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/front_desk/form.py" line="269"/>
        <source>S&amp;ave (Ctrl+Enter)</source>
        <translation>&amp;Gem (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/front_desk/form.py" line="270"/>
        <source>Save the inquiry and start a new one</source>
        <translation>Gem henvendelsen og begynd på en ny</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/front_desk/form.py" line="271"/>
        <source>Empty the f&amp;orm</source>
        <translation>Tøm f&amp;ormularen</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/front_desk/form.py" line="272"/>
        <source>Empty the whole form without saving; Undo brings it back</source>
        <translation>Tøm hele formularen uden at gemme; Fortryd bringer den tilbage</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/front_desk/form.py" line="273"/>
        <source>&amp;Undo (Ctrl+Z)</source>
        <translation>&amp;Fortryd (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/front_desk/form.py" line="274"/>
        <source>Put back what was in the form</source>
        <translation>Sæt det tilbage, der stod i formularen</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/front_desk/form.py" line="275"/>
        <source>Undo emptying the form</source>
        <translation>Fortryd tømningen af formularen</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/front_desk/form.py" line="277"/>
        <location filename="../../referral_app/ui/front_desk/form.py" line="426"/>
        <source>The form was emptied.</source>
        <translation>Formularen blev tømt.</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/front_desk/form.py" line="285"/>
        <source>{length} of {maximum} characters</source>
        <translation>{length} af {maximum} tegn</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/front_desk/form.py" line="373"/>
        <source>Saved as inquiry {number}: {category}.</source>
        <translation>Gemt som henvendelse {number}: {category}.</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/front_desk/form.py" line="455"/>
        <source>The form is back as it was.</source>
        <translation>Formularen er tilbage, som den var.</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/front_desk/form.py" line="512"/>
        <source>The form you had not saved when the app closed is back.</source>
        <translation>Formularen, du ikke havde gemt, da programmet lukkede, er hentet frem igen.</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/front_desk/form.py" line="278"/>
        <source>Resident (optional)</source>
        <translation>Beboer (valgfri)</translation>
    </message>
</context>
<context>
    <name>LanguageBox</name>
    <message>
        <location filename="../../referral_app/ui/widgets/fields.py" line="102"/>
        <source>(not given)</source>
        <translation>(ikke angivet)</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../referral_app/ui/session/lock_screen.py" line="38"/>
        <source>The screen is locked</source>
        <translation>Skærmen er låst</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/session/lock_screen.py" line="46"/>
        <source>Username</source>
        <translation>Brugernavn</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/session/lock_screen.py" line="51"/>
        <location filename="../../referral_app/ui/session/lock_screen.py" line="52"/>
        <source>Password</source>
        <translation>Adgangskode</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/session/lock_screen.py" line="56"/>
        <source>&amp;Username</source>
        <translation>&amp;Brugernavn</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/session/lock_screen.py" line="60"/>
        <source>&amp;Password</source>
        <translation>Adgangs&amp;kode</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/session/lock_screen.py" line="63"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Lås op</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/session/lock_screen.py" line="66"/>
        <source>Log in as &amp;someone else</source>
        <translation>Log ind som en &amp;anden</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/session/lock_screen.py" line="94"/>
        <source>Locked by %1. Enter the password to continue.</source>
        <translation>Låst af %1. Skriv adgangskoden for at fortsætte.</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/session/lock_screen.py" line="107"/>
        <source>Log in as another staff member. The first user&apos;s unsaved work is kept.</source>
        <translation>Log ind som en anden medarbejder. Den første brugers ikke-gemte arbejde bevares.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../referral_app/ui/session/login_dialog.py" line="37"/>
        <source>Fælles Indgang: log in</source>
        <translation>Fælles Indgang: log ind</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/session/login_dialog.py" line="39"/>
        <source>Log in with your staff username and password.</source>
        <translation>Log ind med dit medarbejder-brugernavn og din adgangskode.</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/session/login_dialog.py" line="43"/>
        <source>Username</source>
        <translation>Brugernavn</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/session/login_dialog.py" line="47"/>
        <source>Password</source>
        <translation>Adgangskode</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/session/login_dialog.py" line="50"/>
        <source>&amp;Username</source>
        <translation>&amp;Brugernavn</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/session/login_dialog.py" line="52"/>
        <source>&amp;Password</source>
        <translation>&amp;Adgangskode</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/session/login_dialog.py" line="56"/>
        <source>&amp;Log in</source>
        <translation>&amp;Log ind</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="262"/>
        <source>&amp;File</source>
        <extracomment>Language names are shown in their own language, whatever the app speaks. The object name of a page&apos;s stand-in until the page is built. The module of each page, imported when the page is first built (or ahead of it, see app.Launch).</extracomment>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="263"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="264"/>
        <source>&amp;Lock screen</source>
        <translation>&amp;Lås skærmen</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="265"/>
        <source>Change &amp;password…</source>
        <translation>Skift &amp;adgangskode…</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="266"/>
        <source>&amp;Hide residents&apos; names</source>
        <translation>&amp;Skjul beboernes navne</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="267"/>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="268"/>
        <source>&amp;Find</source>
        <translation>Sø&amp;g</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="269"/>
        <source>&amp;Settings</source>
        <translation>&amp;Indstillinger</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="270"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprog</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="271"/>
        <source>This &amp;desk…</source>
        <translation>Denne &amp;skranke…</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="272"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="273"/>
        <source>&amp;About Fælles Indgang</source>
        <translation>&amp;Om Fælles Indgang</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="274"/>
        <source>Pages</source>
        <translation>Sider</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="275"/>
        <source>Front &amp;desk</source>
        <translation>&amp;Skranken</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="275"/>
        <source>&amp;Referrals</source>
        <translation>&amp;Henvisninger</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="275"/>
        <source>Direc&amp;tory</source>
        <translation>&amp;Tilbud</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="276"/>
        <source>Re&amp;ports</source>
        <translation>&amp;Rapporter</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="276"/>
        <source>&amp;Administration</source>
        <translation>&amp;Administration</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="302"/>
        <source>{overdue} overdue and {today} due today</source>
        <translation>{overdue} overskredet og {today} forfalder i dag</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="614"/>
        <location filename="../../referral_app/ui/main_window.py" line="615"/>
        <location filename="../../referral_app/ui/main_window.py" line="646"/>
        <source>Settings</source>
        <translation>Indstillinger</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="707"/>
        <location filename="../../referral_app/ui/main_window.py" line="709"/>
        <source>Change your password</source>
        <translation>Skift din adgangskode</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="709"/>
        <source>Your password is changed.</source>
        <translation>Din adgangskode er skiftet.</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="289"/>
        <source>Database: {url}</source>
        <translation>Database: {url}</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="291"/>
        <source>Language: {name}</source>
        <translation>Sprog: {name}</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="318"/>
        <source>Front desk</source>
        <translation>Skranken</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="318"/>
        <source>Referrals</source>
        <translation>Henvisninger</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="318"/>
        <source>Directory</source>
        <translation>Tilbud</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="318"/>
        <source>Reports</source>
        <translation>Rapporter</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="319"/>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="329"/>
        <source>Language</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="330"/>
        <source>The translation could not be loaded. The app will use the chosen language from the next start, once the translation is installed.</source>
        <translation>Oversættelsen kunne ikke indlæses. Programmet bruger det valgte sprog fra næste start, når oversættelsen er installeret.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../referral_app/ui/resident/merge.py" line="61"/>
        <location filename="../../referral_app/ui/resident/merge.py" line="218"/>
        <source>Merge residents</source>
        <translation>Sammenlæg beboere</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/resident/merge.py" line="74"/>
        <source>Name, phone or address, then Enter</source>
        <translation>Navn, telefon eller adresse, så Enter</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/resident/merge.py" line="75"/>
        <source>Find the other record</source>
        <translation>Find den anden registrering</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/resident/merge.py" line="78"/>
        <source>Records found; Enter chooses</source>
        <translation>Fundne registreringer; Enter vælger</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/resident/merge.py" line="84"/>
        <source>Find the other record of the same person:</source>
        <translation>Find den anden registrering af samme person:</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/resident/merge.py" line="95"/>
        <source>Which value is kept?</source>
        <translation>Hvilken værdi beholdes?</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/resident/merge.py" line="122"/>
        <source>&amp;Merge the records</source>
        <translation>&amp;Sammenlæg registreringerne</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/resident/merge.py" line="124"/>
        <source>Cancel</source>
        <translation>Annullér</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/resident/merge.py" line="129"/>
        <source>Only a coordinator can merge residents.</source>
        <translation>Kun en koordinator kan sammenlægge beboere.</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/resident/merge.py" line="159"/>
        <source>%1 (no. %2)</source>
        <translation>%1 (nr. %2)</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/resident/merge.py" line="171"/>
        <source>Merging duplicate records</source>
        <translation>Sammenlægning af dobbelte registreringer</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/resident/merge.py" line="186"/>
        <source>Kept: no. %1</source>
        <translation>Beholdes: nr. %1</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/resident/merge.py" line="188"/>
        <source>Resident no. %1 (%2) is kept. Find the record to merge into it.</source>
        <translation>Beboer nr. %1 (%2) beholdes. Find den registrering, der skal lægges sammen med den.</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/resident/merge.py" line="194"/>
        <source>Merged in: no. %1</source>
        <translation>Lægges ind: nr. %1</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/resident/merge.py" line="195"/>
        <source>Choose, line by line, which value the merged record keeps. An empty value is never chosen unless both are empty.</source>
        <translation>Vælg linje for linje, hvilken værdi den sammenlagte registrering beholder. En tom værdi vælges kun, når begge er tomme.</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/resident/merge.py" line="200"/>
        <location filename="../../referral_app/ui/resident/merge.py" line="201"/>
        <source>(empty)</source>
        <translation>(tom)</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/resident/merge.py" line="205"/>
        <source>Inquiries, referrals and consents of no. %2 move to no. %1, and no. %2 is closed; the history is kept and the merge is logged. It cannot be undone.</source>
        <translation>Henvendelser, henvisninger og samtykker fra nr. %2 flyttes til nr. %1, og nr. %2 lukkes; historikken bevares, og sammenlægningen logges. Det kan ikke fortrydes.</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/resident/merge.py" line="219"/>
        <source>Merge no. %2 into no. %1?</source>
        <translation>Læg nr. %2 sammen med nr. %1?</translation>
    </message>
</context>
<context>
    <name>NewResidentDialog</name>
    <message>
        <location filename="../../referral_app/ui/front_desk/new_resident.py" line="70"/>
        <source>New resident</source>
        <translation>Ny beboer</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/front_desk/new_resident.py" line="71"/>
        <source>Edit resident %1</source>
        <translation>Ret beboer %1</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/front_desk/new_resident.py" line="86"/>
        <source>e.g. Høje Gladsaxe 34, 3. tv</source>
        <translation>fx Høje Gladsaxe 34, 3. tv</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/front_desk/new_resident.py" line="94"/>
        <source>e.g. 1984</source>
        <translation>fx 1984</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/front_desk/new_resident.py" line="96"/>
        <source>&amp;Interpreter needed</source>
        <translation>Tol&amp;k nødvendig</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/front_desk/new_resident.py" line="113"/>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/front_desk/new_resident.py" line="114"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/front_desk/new_resident.py" line="115"/>
        <source>E-&amp;mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/front_desk/new_resident.py" line="116"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/front_desk/new_resident.py" line="117"/>
        <source>P&amp;ostal code and city:</source>
        <translation>&amp;Postnummer og by:</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/front_desk/new_resident.py" line="118"/>
        <source>&amp;Birth year:</source>
        <translation>&amp;Fødselsår:</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/front_desk/new_resident.py" line="119"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprog:</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/front_desk/new_resident.py" line="142"/>
        <source>Residents who may be the same person</source>
        <translation>Beboere der kan være samme person</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/front_desk/new_resident.py" line="143"/>
        <source>Use &amp;existing</source>
        <translation>&amp;Brug den eksisterende</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/front_desk/new_resident.py" line="145"/>
        <source>Create any&amp;way</source>
        <translation>Opret a&amp;lligevel</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/front_desk/new_resident.py" line="147"/>
        <source>&amp;Merge…</source>
        <translation>Sa&amp;mmenlæg…</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/front_desk/new_resident.py" line="152"/>
        <source>Only a coordinator can merge residents.</source>
        <translation>Kun en koordinator kan sammenlægge beboere.</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/front_desk/new_resident.py" line="167"/>
        <source>&amp;Create</source>
        <translation>&amp;Opret</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/front_desk/new_resident.py" line="177"/>
        <source>Only the name is required. Never write a CPR number.</source>
        <translation>Kun navnet er påkrævet. Skriv aldrig et CPR-nummer.</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/front_desk/new_resident.py" line="194"/>
        <source>&amp;Save</source>
        <translation>&amp;Gem</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/front_desk/new_resident.py" line="195"/>
        <source>Save any&amp;way</source>
        <translation>Gem a&amp;lligevel</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/front_desk/new_resident.py" line="253"/>
        <source>Not in the address table</source>
        <translation>Ikke i adressetabellen</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/front_desk/new_resident.py" line="295"/>
        <source>This may be a resident who is already registered. Choose the existing record (Enter), or create a new one anyway.</source>
        <translation>Det kan være en beboer, der allerede er registreret. Vælg den eksisterende (Enter), eller opret en ny alligevel.</translation>
    </message>
</context>
<context>
    <name>OpenStatus</name>
    <message>
        <location filename="../../referral_app/ui/widgets/open_status.py" line="27"/>
        <source>Paused until {date}</source>
        <translation>Holder pause til {date}</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/widgets/open_status.py" line="32"/>
        <source>Open now, until {time}</source>
        <translation>Åben nu, til kl. {time}</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/widgets/open_status.py" line="34"/>
        <source>Opens at {time}</source>
        <translation>Åbner kl. {time}</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/widgets/open_status.py" line="43"/>
        <source>Closed today (holiday)</source>
        <translation>Lukket i dag (helligdag)</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/widgets/open_status.py" line="43"/>
        <source>Closed (holiday)</source>
        <translation>Lukket (helligdag)</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/widgets/open_status.py" line="46"/>
        <location filename="../../referral_app/ui/widgets/open_status.py" line="50"/>
        <source>Closed today</source>
        <translation>Lukket i dag</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/widgets/open_status.py" line="46"/>
        <location filename="../../referral_app/ui/widgets/open_status.py" line="50"/>
        <source>Closed</source>
        <translation>Lukket</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/widgets/open_status.py" line="49"/>
        <source>Closed today (paused)</source>
        <translation>Lukket i dag (pause)</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/widgets/open_status.py" line="49"/>
        <source>Closed (paused)</source>
        <translation>Lukket (pause)</translation>
    </message>
</context>
<context>
    <name>OrganizationDialog</name>
    <message>
        <location filename="../../referral_app/ui/directory/organization_editor.py" line="22"/>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/organization_editor.py" line="23"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/organization_editor.py" line="25"/>
        <source>Add&amp;ress:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/organization_editor.py" line="26"/>
        <source>P&amp;hone:</source>
        <translation>Tele&amp;fon:</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/organization_editor.py" line="27"/>
        <source>E-&amp;mail:</source>
        <translation>E-&amp;mail:</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/organization_editor.py" line="28"/>
        <source>&amp;Web:</source>
        <translation>&amp;Web:</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/organization_editor.py" line="29"/>
        <source>&amp;Description:</source>
        <translation>&amp;Beskrivelse:</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/organization_editor.py" line="30"/>
        <source>&amp;Active (untick to deactivate)</source>
        <translation>A&amp;ktiv (fjern fluebenet for at deaktivere)</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/organization_editor.py" line="32"/>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../referral_app/ui/admin/users.py" line="150"/>
        <source>&amp;New password</source>
        <translation>&amp;Ny adgangskode</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/admin/users.py" line="150"/>
        <source>&amp;Repeat</source>
        <translation>&amp;Gentag</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/admin/users.py" line="152"/>
        <source>&amp;Current password</source>
        <translation>&amp;Nuværende adgangskode</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/admin/users.py" line="163"/>
        <source>&amp;Save</source>
        <translation>&amp;Gem</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/admin/users.py" line="171"/>
        <source>The two passwords differ.</source>
        <translation>De to adgangskoder er ikke ens.</translation>
    </message>
</context>
<context>
    <name>PurposeDialog</name>
    <message>
        <location filename="../../referral_app/ui/queue/referral_dialogs.py" line="154"/>
        <source>Opening a resident&apos;s record is logged with its purpose.</source>
        <translation>Når en beboers oplysninger åbnes, logges det sammen med formålet.</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/queue/referral_dialogs.py" line="158"/>
        <source>Purpose</source>
        <translation>Formål</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/queue/referral_dialogs.py" line="160"/>
        <source>&amp;Purpose:</source>
        <translation>&amp;Formål:</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/queue/referral_dialogs.py" line="167"/>
        <source>&amp;Show resident</source>
        <translation>&amp;Vis beboer</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../referral_app/translation.py" line="29"/>
        <source>Cancel</source>
        <extracomment>Qt&apos;s own words the app says differently. The app&apos;s catalogue is installed after Qt&apos;s, so these win in Qt&apos;s dialogs too (the file and print dialogs&apos; Cancel says &quot;Annullér&quot; like every other Cancel in the app).</extracomment>
        <translation>Annullér</translation>
    </message>
    <message>
        <location filename="../../referral_app/translation.py" line="30"/>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <location filename="../../referral_app/translation.py" line="31"/>
        <source>&amp;No</source>
        <translation>&amp;Nej</translation>
    </message>
</context>
<context>
    <name>QueueActions</name>
    <message>
        <location filename="../../referral_app/ui/queue/actions.py" line="96"/>
        <source>Se&amp;nt</source>
        <translation>Se&amp;ndt</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/queue/actions.py" line="97"/>
        <source>Acce&amp;pted</source>
        <translation>A&amp;ccepteret</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/queue/actions.py" line="98"/>
        <source>&amp;Declined…</source>
        <translation>&amp;Afvist…</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/queue/actions.py" line="99"/>
        <source>&amp;Completed</source>
        <translation>&amp;Gennemført</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/queue/actions.py" line="100"/>
        <source>Not comp&amp;leted…</source>
        <translation>Ikk&amp;e gennemført…</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/queue/actions.py" line="101"/>
        <source>Follow-&amp;up date…</source>
        <translation>O&amp;pfølgningsdato…</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/queue/actions.py" line="102"/>
        <source>&amp;Refer to another service…</source>
        <translation>Henvis ti&amp;l et andet tilbud…</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/queue/actions.py" line="103"/>
        <source>Mar&amp;k selected as sent</source>
        <translation>Ma&amp;rkér valgte som sendt</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/queue/actions.py" line="106"/>
        <source>Mark the referral as sent to the service</source>
        <translation>Markér henvisningen som sendt til tilbuddet</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/queue/actions.py" line="107"/>
        <source>The service accepted the referral</source>
        <translation>Tilbuddet har taget imod henvisningen</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/queue/actions.py" line="108"/>
        <source>The service declined; choose a reason</source>
        <translation>Tilbuddet har afvist; vælg en årsag</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/queue/actions.py" line="109"/>
        <source>The resident got the help; the referral closes</source>
        <translation>Beboeren har fået hjælpen; henvisningen lukkes</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/queue/actions.py" line="110"/>
        <source>Close the referral as not completed; choose a reason</source>
        <translation>Luk henvisningen som ikke gennemført; vælg en årsag</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/queue/actions.py" line="111"/>
        <source>Change the follow-up date</source>
        <translation>Skift opfølgningsdatoen</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/queue/actions.py" line="112"/>
        <source>Close this referral as referred elsewhere and refer to another service</source>
        <translation>Luk henvisningen som henvist videre, og henvis til et andet tilbud</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/queue/actions.py" line="113"/>
        <source>Mark every selected proposed referral as sent</source>
        <translation>Markér alle valgte foreslåede henvisninger som sendt</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/queue/actions.py" line="155"/>
        <location filename="../../referral_app/ui/queue/actions.py" line="177"/>
        <source>Referral no. {id}</source>
        <translation>Henvisning nr. {id}</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/queue/actions.py" line="159"/>
        <source>Why is referral no. {id} ({service}) {status}?</source>
        <translation>Hvorfor er henvisning nr. {id} ({service}) {status}?</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/queue/actions.py" line="181"/>
        <source>New follow-up date for referral no. {id} ({service}):</source>
        <translation>Ny opfølgningsdato for henvisning nr. {id} ({service}):</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/queue/actions.py" line="199"/>
        <source>Refer to another service</source>
        <translation>Henvis til et andet tilbud</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/queue/actions.py" line="200"/>
        <source>Referral no. {id} to {service} closes as referred elsewhere, and a new referral to the service you choose is linked to it.</source>
        <translation>Henvisning nr. {id} til {service} lukkes som henvist videre, og en ny henvisning til det tilbud, du vælger, knyttes til den.</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/queue/actions.py" line="216"/>
        <source>Mark selected as sent</source>
        <translation>Markér valgte som sendt</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/queue/actions.py" line="226"/>
        <source>Show resident</source>
        <translation>Vis beboer</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/queue/actions.py" line="227"/>
        <source>Follow-up on a referral</source>
        <translation>Opfølgning på henvisning</translation>
    </message>
</context>
<context>
    <name>QueueFilterBar</name>
    <message>
        <location filename="../../referral_app/ui/queue/filters.py" line="109"/>
        <source>S&amp;earch:</source>
        <extracomment>The filter changed (after the typing pause for text fields).</extracomment>
        <translation>&amp;Søg:</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/queue/filters.py" line="109"/>
        <source>Or&amp;ganization:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/queue/filters.py" line="110"/>
        <source>Serv&amp;ice:</source>
        <translation>Tilbu&amp;d:</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/queue/filters.py" line="110"/>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/queue/filters.py" line="111"/>
        <source>C&amp;ategory:</source>
        <translation>&amp;Kategori:</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/queue/filters.py" line="111"/>
        <source>Staff &amp;member:</source>
        <translation>&amp;Medarbejder:</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/queue/filters.py" line="115"/>
        <source>Resident, service, organization or text</source>
        <translation>Beboer, tilbud, organisation eller tekst</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/queue/filters.py" line="116"/>
        <source>Typing filters the queue after a short pause. Enter moves into the list.</source>
        <translation>Listen filtreres efter en kort pause, mens du skriver. Enter flytter ned i listen.</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/queue/filters.py" line="117"/>
        <source>Username</source>
        <translation>Brugernavn</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/queue/filters.py" line="118"/>
        <source>Only referrals made by this staff member (username).</source>
        <translation>Kun henvisninger lavet af denne medarbejder (brugernavn).</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/queue/filters.py" line="119"/>
        <source>Only &amp;overdue</source>
        <translation>K&amp;un overskredne</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/queue/filters.py" line="120"/>
        <source>Only overdue referrals</source>
        <translation>Kun overskredne henvisninger</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/queue/filters.py" line="121"/>
        <source>Due by to&amp;day</source>
        <translation>Forfalder senest i &amp;dag</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/queue/filters.py" line="122"/>
        <source>Only referrals overdue or due today</source>
        <translation>Kun henvisninger, der er overskredet eller forfalder i dag</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/queue/filters.py" line="123"/>
        <source>Open referrals whose follow-up date is today or has passed.</source>
        <translation>Åbne henvisninger, hvis opfølgningsdato er i dag eller er overskredet.</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/queue/filters.py" line="194"/>
        <source>All organizations</source>
        <translation>Alle organisationer</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/queue/filters.py" line="201"/>
        <source>All open</source>
        <translation>Alle åbne</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/queue/filters.py" line="202"/>
        <source>All, also closed</source>
        <translation>Alle, også lukkede</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/queue/filters.py" line="208"/>
        <source>All categories</source>
        <translation>Alle kategorier</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/queue/filters.py" line="225"/>
        <source>All services</source>
        <translation>Alle tilbud</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <location filename="../../referral_app/ui/queue/model.py" line="178"/>
        <source>Anonymous</source>
        <extracomment>The service&apos;s sort key behind a column; columns without one cannot be sorted. The ``Referral`` behind a row. The row&apos;s ``FollowUp`` state.</extracomment>
        <translation>Anonym</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/queue/model.py" line="202"/>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/queue/model.py" line="202"/>
        <source>Created</source>
        <translation>Oprettet</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/queue/model.py" line="202"/>
        <source>Resident</source>
        <translation>Beboer</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/queue/model.py" line="202"/>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/queue/model.py" line="203"/>
        <source>Service</source>
        <translation>Tilbud</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/queue/model.py" line="203"/>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/queue/model.py" line="203"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/queue/model.py" line="203"/>
        <source>Follow-up</source>
        <translation>Opfølgning</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/queue/model.py" line="204"/>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
</context>
<context>
    <name>RecordConsentDialog</name>
    <message>
        <location filename="../../referral_app/ui/resident/dialog.py" line="103"/>
        <source>Record consent</source>
        <translation>Registrér samtykke</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/resident/dialog.py" line="120"/>
        <source>&amp;Purpose</source>
        <translation>&amp;Formål</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/resident/dialog.py" line="120"/>
        <source>&amp;Organization</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/resident/dialog.py" line="121"/>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/resident/dialog.py" line="127"/>
        <source>&amp;Record</source>
        <translation>&amp;Registrér</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/resident/dialog.py" line="132"/>
        <source>Record only what the resident has agreed to, here and now.</source>
        <translation>Registrér kun det, beboeren har sagt ja til, her og nu.</translation>
    </message>
</context>
<context>
    <name>ReferralDetail</name>
    <message>
        <location filename="../../referral_app/ui/queue/detail.py" line="105"/>
        <source>Referral</source>
        <extracomment>The user asked to open the resident&apos;s record (the page asks for a purpose).</extracomment>
        <translation>Henvisning</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/queue/detail.py" line="106"/>
        <source>Resident</source>
        <translation>Beboer</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/queue/detail.py" line="107"/>
        <source>History</source>
        <translation>Historik</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/queue/detail.py" line="108"/>
        <source>Inquiry:</source>
        <translation>Henvendelse:</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/queue/detail.py" line="108"/>
        <source>Category:</source>
        <translation>Kategori:</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/queue/detail.py" line="109"/>
        <source>Description:</source>
        <translation>Beskrivelse:</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/queue/detail.py" line="110"/>
        <source>Service:</source>
        <translation>Tilbud:</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/queue/detail.py" line="110"/>
        <source>Mode:</source>
        <translation>Form:</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/queue/detail.py" line="110"/>
        <source>Created:</source>
        <translation>Oprettet:</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/queue/detail.py" line="111"/>
        <source>Follow-up date:</source>
        <translation>Opfølgningsdato:</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/queue/detail.py" line="111"/>
        <source>Reason:</source>
        <translation>Årsag:</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/queue/detail.py" line="112"/>
        <source>Referred on from:</source>
        <translation>Henvist videre fra:</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/queue/detail.py" line="115"/>
        <source>Sho&amp;w resident…</source>
        <translation>Vis &amp;beboer…</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/queue/detail.py" line="116"/>
        <source>Open the resident&apos;s record with a purpose; the look-up is logged.</source>
        <translation>Åbn beboerens oplysninger med et formål; opslaget logges.</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/queue/detail.py" line="117"/>
        <source>Show resident</source>
        <translation>Vis beboer</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/queue/detail.py" line="118"/>
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/queue/detail.py" line="118"/>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/queue/detail.py" line="118"/>
        <source>Change</source>
        <translation>Ændring</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/queue/detail.py" line="118"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/queue/detail.py" line="119"/>
        <source>History of the referral</source>
        <translation>Henvisningens historik</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/queue/detail.py" line="123"/>
        <location filename="../../referral_app/ui/queue/detail.py" line="140"/>
        <source>Choose a referral in the list to see it here.</source>
        <translation>Vælg en henvisning i listen for at se den her.</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/queue/detail.py" line="173"/>
        <source>Referral no. {id}: {status}</source>
        <translation>Henvisning nr. {id}: {status}</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/queue/detail.py" line="177"/>
        <source>No. {id}</source>
        <translation>Nr. {id}</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/queue/detail.py" line="182"/>
        <source>{date} by {who}</source>
        <translation>{date} af {who}</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/queue/detail.py" line="187"/>
        <source>Referral no. {id}</source>
        <translation>Henvisning nr. {id}</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/queue/detail.py" line="206"/>
        <source>Anonymous inquiry: no resident is recorded.</source>
        <translation>Anonym henvendelse: ingen beboer er registreret.</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/queue/detail.py" line="212"/>
        <source>{initials} (resident no. {id}). Open the record to see the name and contact details.</source>
        <translation>{initials} (beboer nr. {id}). Åbn beboeren for at se navn og kontaktoplysninger.</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/queue/detail.py" line="217"/>
        <source>{name} (resident no. {id})</source>
        <translation>{name} (beboer nr. {id})</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/queue/detail.py" line="222"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/queue/detail.py" line="222"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/queue/detail.py" line="223"/>
        <source>Language</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/queue/detail.py" line="227"/>
        <source>Needs an interpreter</source>
        <translation>Har brug for tolk</translation>
    </message>
</context>
<context>
    <name>ReferralQueuePage</name>
    <message>
        <location filename="../../referral_app/ui/queue/page.py" line="194"/>
        <source>Referral queue</source>
        <extracomment>Ctrl+P: print the case summary of this inquiry (the main window hands it to the Reports page).</extracomment>
        <translation>Henvisninger til opfølgning</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/queue/page.py" line="195"/>
        <source>The referral queue is for coordinators. Your role does not follow up referrals here; ask a coordinator.</source>
        <translation>Henvisningskøen er for koordinatorer. Din rolle følger ikke op på henvisninger her; spørg en koordinator.</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/queue/page.py" line="197"/>
        <source>Referrals in the queue</source>
        <translation>Henvisninger i køen</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/queue/page.py" line="200"/>
        <location filename="../../referral_app/ui/queue/page.py" line="201"/>
        <source>Print case summary…</source>
        <translation>Udskriv sagsoversigt…</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/queue/page.py" line="203"/>
        <source>Print the case summary of the chosen referral&apos;s inquiry ({key})</source>
        <translation>Udskriv sagsoversigten for den valgte henvisnings henvendelse ({key})</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/queue/page.py" line="304"/>
        <location filename="../../referral_app/ui/queue/page.py" line="379"/>
        <location filename="../../referral_app/ui/queue/page.py" line="389"/>
        <location filename="../../referral_app/ui/queue/page.py" line="413"/>
        <source>The referral queue could not be read</source>
        <translation>Henvisningskøen kunne ikke læses</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/queue/page.py" line="390"/>
        <source>The search failed. Try again, or ask the administrator.</source>
        <translation>Søgningen mislykkedes. Prøv igen, eller spørg administratoren.</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/queue/page.py" line="463"/>
        <location filename="../../referral_app/ui/queue/page.py" line="478"/>
        <source>The directory could not be read</source>
        <translation>Tilbudslisten kunne ikke læses</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/queue/page.py" line="495"/>
        <source>The referral could not be read</source>
        <translation>Henvisningen kunne ikke læses</translation>
    </message>
    <message numerus="yes">
        <location filename="../../referral_app/ui/queue/page.py" line="538"/>
        <source>%n referrals</source>
        <translation>
            <numerusform>%n henvisning</numerusform>
            <numerusform>%n henvisninger</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/queue/page.py" line="540"/>
        <source>more than %1 referrals</source>
        <translation>mere end %1 henvisninger</translation>
    </message>
</context>
<context>
    <name>ReminderNotice</name>
    <message>
        <location filename="../../referral_app/ui/queue/reminders.py" line="82"/>
        <source>Show &amp;them</source>
        <extracomment>How often the counts are read again while someone is signed in.</extracomment>
        <translation>Vis &amp;dem</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/queue/reminders.py" line="83"/>
        <source>Open the referral queue with the referrals that are overdue or due today</source>
        <translation>Åbn henvisningerne med dem, der er overskredet eller forfalder i dag</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/queue/reminders.py" line="85"/>
        <source>Dismiss</source>
        <translation>Skjul</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/queue/reminders.py" line="86"/>
        <source>Hide this reminder until more referrals fall due</source>
        <translation>Skjul påmindelsen, indtil flere henvisninger forfalder</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/queue/reminders.py" line="87"/>
        <source>Reminder</source>
        <translation>Påmindelse</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <location filename="../../referral_app/ui/queue/reminders.py" line="107"/>
        <source>Referrals you made: {overdue} overdue, {today} due today.</source>
        <translation>Henvisninger, du har lavet: {overdue} overskredet, {today} forfalder i dag.</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/queue/reminders.py" line="108"/>
        <source>A coordinator follows them up; tell them what you know.</source>
        <translation>En koordinator følger op på dem; fortæl dem, hvad du ved.</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/queue/reminders.py" line="110"/>
        <source>Follow-up: {overdue} referrals overdue, {today} due today.</source>
        <translation>Opfølgning: {overdue} henvisninger overskredet, {today} forfalder i dag.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../referral_app/ui/reports/page.py" line="220"/>
        <location filename="../../referral_app/ui/reports/page.py" line="281"/>
        <location filename="../../referral_app/ui/reports/page.py" line="346"/>
        <location filename="../../referral_app/ui/reports/page.py" line="397"/>
        <location filename="../../referral_app/ui/reports/page.py" line="399"/>
        <location filename="../../referral_app/ui/reports/page.py" line="550"/>
        <source>Reports</source>
        <extracomment>A report was made and is shown in the preview. Making a report failed (the user was told why) or was cancelled. A report was printed (True) or printing was given up (False).</extracomment>
        <translation>Rapporter</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/reports/page.py" line="221"/>
        <source>&amp;Report:</source>
        <translation>&amp;Rapport:</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/reports/page.py" line="222"/>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/reports/page.py" line="223"/>
        <source>&amp;Generate</source>
        <translation>&amp;Dan rapport</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/reports/page.py" line="224"/>
        <source>Make the report (Enter)</source>
        <translation>Lav rapporten (Enter)</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/reports/page.py" line="226"/>
        <source>Stop making the report (Esc)</source>
        <translation>Stop med at lave rapporten (Esc)</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/reports/page.py" line="227"/>
        <source>&amp;Print…</source>
        <translation>&amp;Udskriv…</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/reports/page.py" line="228"/>
        <source>Print the report shown (Ctrl+P)</source>
        <translation>Udskriv den viste rapport (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/reports/page.py" line="229"/>
        <source>Save &amp;as…</source>
        <translation>&amp;Gem som…</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/reports/page.py" line="230"/>
        <source>Save the report shown as a PDF file (Ctrl+Shift+S)</source>
        <translation>Gem den viste rapport som PDF-fil (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/reports/page.py" line="231"/>
        <source>Progress</source>
        <translation>Fremdrift</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/reports/page.py" line="232"/>
        <source>Preview of the report</source>
        <translation>Forhåndsvisning af rapporten</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/reports/page.py" line="233"/>
        <source>Choose a report and press Generate. It is shown here before you print or save it.</source>
        <translation>Vælg en rapport, og tryk på Dan rapport. Den vises her, før du udskriver eller gemmer den.</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/reports/page.py" line="235"/>
        <source>Your role cannot make reports.</source>
        <translation>Din rolle kan ikke lave rapporter.</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/main_window.py" line="279"/>
        <location filename="../../referral_app/ui/reports/page.py" line="236"/>
        <source>Print &amp;slip for the referral</source>
        <translation>Udskriv &amp;seddel til henvisningen</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/reports/page.py" line="237"/>
        <source>E&amp;xport inquiries (CSV)…</source>
        <translation>E&amp;ksportér henvendelser (CSV)…</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/reports/page.py" line="238"/>
        <source>Save the inquiries of the chosen day or period as a CSV file for a spreadsheet (without names)</source>
        <translation>Gem henvendelserne for den valgte dag eller periode som en CSV-fil til et regneark (uden navne)</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/reports/page.py" line="249"/>
        <source>Slip for the resident</source>
        <translation>Seddel til beboeren</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/reports/page.py" line="250"/>
        <source>Case summary</source>
        <translation>Sagsoversigt</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/reports/page.py" line="251"/>
        <location filename="../../referral_app/ui/reports/page.py" line="351"/>
        <source>Statistics</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/reports/page.py" line="252"/>
        <source>The day&apos;s inquiries (list)</source>
        <translation>Dagens henvendelser (liste)</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/reports/page.py" line="326"/>
        <source>Slip for referral %1</source>
        <translation>Seddel til henvisning %1</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/reports/page.py" line="333"/>
        <source>Case summary for inquiry %1</source>
        <translation>Sagsoversigt for henvendelse %1</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/reports/page.py" line="341"/>
        <source>The day&apos;s inquiries</source>
        <translation>Dagens henvendelser</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/reports/page.py" line="365"/>
        <source>Making: %1…</source>
        <translation>Laver: %1…</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/reports/page.py" line="373"/>
        <source>Stopping…</source>
        <translation>Stopper…</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/reports/page.py" line="386"/>
        <source>Ready. Pages: %1.</source>
        <translation>Klar. Sider: %1.</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/reports/page.py" line="399"/>
        <source>The report could not be made.</source>
        <translation>Rapporten kunne ikke laves.</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/reports/page.py" line="405"/>
        <source>Cancelled; nothing was made.</source>
        <translation>Annulleret; der blev ikke lavet noget.</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/reports/page.py" line="452"/>
        <location filename="../../referral_app/ui/reports/page.py" line="456"/>
        <source>Print</source>
        <translation>Udskriv</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/reports/page.py" line="452"/>
        <location filename="../../referral_app/ui/reports/page.py" line="456"/>
        <source>The report was not printed.</source>
        <translation>Rapporten blev ikke udskrevet.</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/reports/page.py" line="460"/>
        <source>Sent to the printer.</source>
        <translation>Sendt til printeren.</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/reports/page.py" line="467"/>
        <location filename="../../referral_app/ui/reports/page.py" line="472"/>
        <source>Save the report</source>
        <translation>Gem rapporten</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/reports/page.py" line="468"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/reports/page.py" line="476"/>
        <source>Saved as %1</source>
        <translation>Gemt som %1</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/reports/page.py" line="562"/>
        <source>Saved {rows} inquiries as {path}</source>
        <translation>Gemte {rows} henvendelser som {path}</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/reports/printing.py" line="36"/>
        <source>The printer could not be started. Check that it is switched on and connected.</source>
        <extracomment>``hook(document, title, parent, before_print)``: True when printed, False when the user cancelled; raises PrintError (or OSError) when the printer fails. ``before_print()`` runs once the printer has started and before the first page goes out (the audit entry is committed there); if it raises, nothing is printed.</extracomment>
        <translation>Printeren kunne ikke startes. Tjek, at den er tændt og tilsluttet.</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/reports/printing.py" line="48"/>
        <source>The printer stopped accepting pages.</source>
        <translation>Printeren holdt op med at tage imod sider.</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/reports/printing.py" line="54"/>
        <source>Page {page} could not be drawn.</source>
        <translation>Side {page} kunne ikke tegnes.</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/reports/printing.py" line="75"/>
        <source>No printer is set up on this computer. Save the document as PDF instead, or ask for a printer to be set up.</source>
        <translation>Der er ikke sat en printer op på denne computer. Gem dokumentet som PDF i stedet, eller få sat en printer op.</translation>
    </message>
</context>
<context>
    <name>ResidentDialog</name>
    <message>
        <location filename="../../referral_app/ui/resident/dialog.py" line="157"/>
        <source>Resident %1</source>
        <translation>Beboer %1</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/resident/dialog.py" line="162"/>
        <source>&amp;Edit details…</source>
        <translation>&amp;Ret oplysninger…</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/resident/dialog.py" line="164"/>
        <source>Mer&amp;ge with another record…</source>
        <translation>Sa&amp;mmenlæg med en anden registrering…</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/resident/dialog.py" line="171"/>
        <source>Only a coordinator can merge residents.</source>
        <translation>Kun en koordinator kan sammenlægge beboere.</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/resident/dialog.py" line="181"/>
        <source>Consents</source>
        <translation>Samtykker</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/resident/dialog.py" line="182"/>
        <source>&amp;Record consent…</source>
        <translation>&amp;Registrér samtykke…</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/resident/dialog.py" line="183"/>
        <source>&amp;Withdraw</source>
        <translation>&amp;Træk tilbage</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/resident/dialog.py" line="184"/>
        <source>Print consent &amp;form…</source>
        <translation>Udskriv samtykke&amp;erklæring…</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/resident/dialog.py" line="185"/>
        <source>Print the consent form for the resident to sign</source>
        <translation>Udskriv samtykkeerklæringen, som beboeren skal underskrive</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/resident/dialog.py" line="186"/>
        <source>Save consent form as &amp;PDF…</source>
        <translation>Gem samtykkeerklæring som &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/resident/dialog.py" line="187"/>
        <source>&amp;Access report…</source>
        <translation>&amp;Indsigtsrapport…</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/resident/dialog.py" line="188"/>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/resident/dialog.py" line="210"/>
        <source>Consents (history kept)</source>
        <translation>Samtykker (historikken gemmes)</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/resident/dialog.py" line="232"/>
        <source>Born %1</source>
        <translation>Født %1</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/resident/dialog.py" line="234"/>
        <source>Language: %1</source>
        <translation>Sprog: %1</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/resident/dialog.py" line="236"/>
        <source>Needs an interpreter</source>
        <translation>Har brug for tolk</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/resident/dialog.py" line="247"/>
        <source>Editing the resident&apos;s details</source>
        <translation>Rettelse af beboerens oplysninger</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/resident/dialog.py" line="300"/>
        <source>Choose a consent that is in force.</source>
        <translation>Vælg et samtykke, der gælder.</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/resident/dialog.py" line="312"/>
        <source>Consent form, resident %1</source>
        <translation>Samtykkeerklæring, beboer %1</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/resident/dialog.py" line="320"/>
        <location filename="../../referral_app/ui/resident/dialog.py" line="326"/>
        <source>The consent form was not printed.</source>
        <translation>Samtykkeerklæringen blev ikke udskrevet.</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/resident/dialog.py" line="321"/>
        <source>The form could not be read back for printing.</source>
        <translation>Erklæringen kunne ikke læses ind til udskrivning.</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/resident/dialog.py" line="333"/>
        <source>Save the consent form</source>
        <translation>Gem samtykkeerklæringen</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/resident/dialog.py" line="334"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/resident/dialog.py" line="341"/>
        <source>The consent form is saved in %1.</source>
        <translation>Samtykkeerklæringen er gemt i %1.</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/resident/dialog.py" line="345"/>
        <source>Save the access report</source>
        <translation>Gem indsigtsrapporten</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/resident/dialog.py" line="347"/>
        <source>PDF files (*.pdf);;JSON files (*.json)</source>
        <translation>PDF-filer (*.pdf);;JSON-filer (*.json)</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/resident/dialog.py" line="353"/>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 findes allerede. Vil du erstatte den?</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/resident/dialog.py" line="354"/>
        <source>&amp;Replace</source>
        <translation>&amp;Erstat</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/resident/dialog.py" line="364"/>
        <source>The access report is saved in %1.</source>
        <translation>Indsigtsrapporten er gemt i %1.</translation>
    </message>
</context>
<context>
    <name>ResidentFinder</name>
    <message>
        <location filename="../../referral_app/ui/admin/resident_finder.py" line="51"/>
        <source>Name, then Enter</source>
        <translation>Navn, så Enter</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/admin/resident_finder.py" line="52"/>
        <source>Type the resident&apos;s name (or phone or address) and press Enter. The search is saved in the log.</source>
        <translation>Skriv beboerens navn (eller telefon eller adresse) og tryk Enter. Søgningen gemmes i loggen.</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/admin/resident_finder.py" line="91"/>
        <source>%1 (no. %2)</source>
        <translation>%1 (nr. %2)</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/admin/resident_finder.py" line="94"/>
        <source>No resident found</source>
        <translation>Ingen beboer fundet</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/admin/resident_finder.py" line="139"/>
        <location filename="../../referral_app/ui/admin/resident_finder.py" line="148"/>
        <source>Find a resident</source>
        <translation>Find en beboer</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/admin/resident_finder.py" line="148"/>
        <source>The search failed. Try again, or ask the administrator.</source>
        <translation>Søgningen mislykkedes. Prøv igen, eller spørg administratoren.</translation>
    </message>
</context>
<context>
    <name>ResidentMatchModel</name>
    <message>
        <location filename="../../referral_app/ui/front_desk/models.py" line="142"/>
        <source>born {year}</source>
        <translation>født {year}</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/front_desk/models.py" line="145"/>
        <source>Found by: {reason}</source>
        <translation>Fundet på: {reason}</translation>
    </message>
</context>
<context>
    <name>ResidentPicker</name>
    <message>
        <location filename="../../referral_app/ui/front_desk/resident_picker.py" line="172"/>
        <source>Name, phone or address</source>
        <translation>Navn, telefon eller adresse</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/front_desk/resident_picker.py" line="173"/>
        <source>Search for a resident</source>
        <translation>Søg efter en beboer</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/front_desk/resident_picker.py" line="174"/>
        <source>Typing searches. Up and Down choose, Enter picks.</source>
        <translation>Der søges, mens du skriver. Op og Ned vælger, Enter tager den valgte.</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/front_desk/resident_picker.py" line="175"/>
        <source>Residents found</source>
        <translation>Fundne beboere</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/front_desk/resident_picker.py" line="176"/>
        <source>&amp;New resident…</source>
        <translation>&amp;Ny beboer…</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/front_desk/resident_picker.py" line="177"/>
        <source>Register a resident who is not found</source>
        <translation>Registrér en beboer, der ikke findes</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/front_desk/resident_picker.py" line="178"/>
        <source>&amp;Purpose:</source>
        <translation>F&amp;ormål:</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/front_desk/resident_picker.py" line="179"/>
        <source>Purpose of opening the record</source>
        <translation>Formål med at åbne beboerens oplysninger</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/front_desk/resident_picker.py" line="180"/>
        <source>Why you open the resident&apos;s record. It is saved in the log.</source>
        <translation>Hvorfor du åbner beboerens oplysninger. Det gemmes i loggen.</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/front_desk/resident_picker.py" line="184"/>
        <source>Re&amp;move</source>
        <translation>Fje&amp;rn</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/front_desk/resident_picker.py" line="185"/>
        <source>&amp;View resident&apos;s page…</source>
        <translation>&amp;Vis beboerens side…</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/front_desk/resident_picker.py" line="186"/>
        <source>Consents and the access report for this resident</source>
        <translation>Samtykker og indsigtsrapporten for denne beboer</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/front_desk/resident_picker.py" line="187"/>
        <source>Remove the resident from the inquiry</source>
        <translation>Fjern beboeren fra henvendelsen</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/front_desk/resident_picker.py" line="188"/>
        <source>Only when the resident needs a referral or follow-up. Type a name, a phone number or an address; Up and Down choose, Enter picks. Ctrl+F gets here.</source>
        <translation>Kun når beboeren skal henvises eller følges op. Skriv et navn, et telefonnummer eller en adresse; Op og Ned vælger, Enter tager den valgte. Ctrl+F kommer hertil.</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/front_desk/resident_picker.py" line="194"/>
        <source>Inquiry at the front desk</source>
        <translation>Henvendelse i skranken</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/front_desk/resident_picker.py" line="291"/>
        <source>The search failed. Try again, or ask the administrator.</source>
        <translation>Søgningen mislykkedes. Prøv igen, eller spørg administratoren.</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/front_desk/resident_picker.py" line="302"/>
        <source>No resident found. Alt+N registers a new one.</source>
        <translation>Ingen beboer fundet. Alt+N registrerer en ny.</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/front_desk/resident_picker.py" line="412"/>
        <source>{name}, born {year}</source>
        <translation>{name}, født {year}</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/front_desk/resident_picker.py" line="422"/>
        <source>Address not in the address table</source>
        <translation>Adressen er ikke i adressetabellen</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/front_desk/resident_picker.py" line="425"/>
        <source>language: {code}</source>
        <translation>sprog: {code}</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/front_desk/resident_picker.py" line="427"/>
        <source>needs an interpreter</source>
        <translation>har brug for tolk</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/front_desk/resident_picker.py" line="171"/>
        <source>&amp;Resident:</source>
        <translation>B&amp;eboer:</translation>
    </message>
</context>
<context>
    <name>RoutePanel</name>
    <message>
        <location filename="../../referral_app/ui/routing/panel.py" line="128"/>
        <source>Referral (optional)</source>
        <translation>Henvisning (valgfri)</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/routing/panel.py" line="129"/>
        <source>Referral (optional) – {first} to {last} takes a suggestion, the same key again drops it</source>
        <translation>Henvisning (valgfri) – {first} til {last} vælger et forslag, samme tast igen fravælger det</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/routing/panel.py" line="133"/>
        <source>O&amp;ther service:</source>
        <translation>&amp;Andet tilbud:</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/routing/panel.py" line="134"/>
        <source>Type a service, organization or word, e.g. lektie or 3B</source>
        <translation>Skriv et tilbud, en organisation eller et ord, fx lektie eller 3B</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/routing/panel.py" line="135"/>
        <source>Refer to another service</source>
        <translation>Henvis til et andet tilbud</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/routing/panel.py" line="136"/>
        <source>Every active service. Up and Down choose, Enter adds it.</source>
        <translation>Alle aktive tilbud. Op og Ned vælger, Enter tilføjer.</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/routing/panel.py" line="137"/>
        <source>Suggested services</source>
        <translation>Foreslåede tilbud</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/routing/panel.py" line="222"/>
        <source>Choose a category or describe the inquiry, and the services that fit show here with the reasons.</source>
        <translation>Vælg en kategori eller beskriv henvendelsen, så vises de tilbud, der passer, her med begrundelser.</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/routing/panel.py" line="225"/>
        <source>No service fits what is typed so far.</source>
        <translation>Intet tilbud passer til det, der er skrevet indtil nu.</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/routing/panel.py" line="228"/>
        <source>✓ Chosen</source>
        <translation>✓ Valgt</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/routing/panel.py" line="271"/>
        <source>An anonymous inquiry cannot be handed over: the service may only be given a resident&apos;s details with their consent. Choose Logged, or add the resident first.</source>
        <translation>En anonym henvendelse kan ikke overdrages: tilbuddet må kun få en beboers oplysninger med samtykke. Vælg Noteret, eller tilføj beboeren først.</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/routing/panel.py" line="320"/>
        <source>Nothing was saved: {service}: {problem}</source>
        <translation>Intet blev gemt: {service}: {problem}</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/routing/panel.py" line="323"/>
        <source>Not saved: a hand-over to {organization} needs the resident&apos;s consent, and none is recorded.</source>
        <translation>Ikke gemt: overdragelse til {organization} kræver beboerens samtykke, og der er ikke registreret noget.</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/routing/panel.py" line="325"/>
        <source>Save again (Ctrl+Enter) to record it, or choose Logged.</source>
        <translation>Gem igen (Ctrl+Enter) for at registrere det, eller vælg Noteret.</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/routing/panel.py" line="352"/>
        <source>Referred to {service} ({mode}), follow-up {date}.</source>
        <translation>Henvist til {service} ({mode}), opfølgning {date}.</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/routing/panel.py" line="367"/>
        <source>{key} prints the slip for the resident.</source>
        <translation>{key} udskriver sedlen til beboeren.</translation>
    </message>
</context>
<context>
    <name>RuleDialog</name>
    <message>
        <location filename="../../referral_app/ui/directory/rule_editor.py" line="51"/>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/rule_editor.py" line="51"/>
        <source>Service</source>
        <translation>Tilbud</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/rule_editor.py" line="51"/>
        <source>Priority</source>
        <translation>Prioritet</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/rule_editor.py" line="52"/>
        <source>Reason</source>
        <translation>Begrundelse</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/rule_editor.py" line="56"/>
        <source>Routing rules; choose one to change it</source>
        <translation>Henvisningsregler; vælg en for at rette den</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/rule_editor.py" line="66"/>
        <source>&amp;Category:</source>
        <translation>&amp;Kategori:</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/rule_editor.py" line="70"/>
        <source>&amp;Service:</source>
        <translation>&amp;Tilbud:</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/rule_editor.py" line="71"/>
        <source>&amp;Priority:</source>
        <translation>&amp;Prioritet:</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/rule_editor.py" line="74"/>
        <source>Only for tenants of &amp;housing:</source>
        <translation>Kun for lejere i &amp;boligorganisation:</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/rule_editor.py" line="75"/>
        <source>(anyone)</source>
        <translation>(alle)</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/rule_editor.py" line="76"/>
        <source>Age &amp;from:</source>
        <translation>Alder &amp;fra:</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/rule_editor.py" line="77"/>
        <source>Age &amp;to:</source>
        <translation>Alder t&amp;il:</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/rule_editor.py" line="78"/>
        <source>&amp;Language (code):</source>
        <translation>&amp;Sprog (kode):</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/rule_editor.py" line="79"/>
        <source>&amp;Reason shown:</source>
        <translation>Begr&amp;undelse der vises:</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/rule_editor.py" line="80"/>
        <source>Acti&amp;ve</source>
        <translation>&amp;Aktiv</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/rule_editor.py" line="87"/>
        <source>What a resident might say</source>
        <translation>Hvad en beboer kunne sige</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/rule_editor.py" line="88"/>
        <source>Tr&amp;y it</source>
        <translation>Prø&amp;v</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/rule_editor.py" line="93"/>
        <source>Try the rule &amp;with:</source>
        <translation>Prøv reglen &amp;med:</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/rule_editor.py" line="94"/>
        <source>Try the rule with</source>
        <translation>Prøv reglen med</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/rule_editor.py" line="98"/>
        <source>Top suggestions with the draft rule</source>
        <translation>De bedste forslag med reglen, som den står</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/rule_editor.py" line="100"/>
        <source>Top 3:</source>
        <translation>Top 3:</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/rule_editor.py" line="102"/>
        <source>Routing rule</source>
        <translation>Henvisningsregel</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/rule_editor.py" line="134"/>
        <source>Change routing rule</source>
        <translation>Ret henvisningsregel</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/rule_editor.py" line="149"/>
        <source>No suggestions for this text.</source>
        <translation>Ingen forslag til denne tekst.</translation>
    </message>
</context>
<context>
    <name>ServiceDetailView</name>
    <message>
        <location filename="../../referral_app/ui/directory/service_detail.py" line="65"/>
        <source>Choose a service in the list to see its opening hours, contacts and who it is for.</source>
        <translation>Vælg et tilbud i listen for at se åbningstider, kontakter og hvem det er for.</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/service_detail.py" line="73"/>
        <source>Service details</source>
        <translation>Oplysninger om tilbuddet</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/service_detail.py" line="100"/>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/service_detail.py" line="101"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/service_detail.py" line="105"/>
        <source>Opening hours</source>
        <translation>Åbningstider</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/service_detail.py" line="109"/>
        <source>Where and how to get in touch</source>
        <translation>Hvor og hvordan man kommer i kontakt</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/service_detail.py" line="111"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/service_detail.py" line="112"/>
        <location filename="../../referral_app/ui/directory/service_detail.py" line="225"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/service_detail.py" line="113"/>
        <location filename="../../referral_app/ui/directory/service_detail.py" line="226"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/service_detail.py" line="114"/>
        <location filename="../../referral_app/ui/directory/service_detail.py" line="227"/>
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/service_detail.py" line="115"/>
        <source>No contact details are recorded.</source>
        <translation>Der er ikke registreret kontaktoplysninger.</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/service_detail.py" line="117"/>
        <source>Contacts</source>
        <translation>Kontaktpersoner</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/service_detail.py" line="119"/>
        <source>Who it is for</source>
        <translation>Hvem er det for</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/service_detail.py" line="121"/>
        <source>Eligibility</source>
        <translation>Målgruppe</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/service_detail.py" line="122"/>
        <source>Area</source>
        <translation>Område</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/service_detail.py" line="123"/>
        <source>Age</source>
        <translation>Alder</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/service_detail.py" line="124"/>
        <source>Residents</source>
        <translation>Beboere</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/service_detail.py" line="124"/>
        <source>Only for residents of Høje Gladsaxe</source>
        <translation>Kun for beboere i Høje Gladsaxe</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/service_detail.py" line="125"/>
        <source>Everyone.</source>
        <translation>Alle.</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/service_detail.py" line="126"/>
        <source>Getting help</source>
        <translation>Sådan får man hjælp</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/service_detail.py" line="128"/>
        <source>How to apply</source>
        <translation>Sådan søger man</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/service_detail.py" line="129"/>
        <source>Next step</source>
        <translation>Næste skridt</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/service_detail.py" line="130"/>
        <source>Hand-over to</source>
        <translation>Overdrages til</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/service_detail.py" line="131"/>
        <source>What to bring</source>
        <translation>Medbring</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/service_detail.py" line="132"/>
        <source>Languages</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/service_detail.py" line="133"/>
        <source>Interpretation</source>
        <translation>Tolkning</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/service_detail.py" line="134"/>
        <source>Waiting list</source>
        <translation>Venteliste</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/service_detail.py" line="138"/>
        <source>Categories</source>
        <translation>Kategorier</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/service_detail.py" line="164"/>
        <source>Coming days that differ:</source>
        <translation>Kommende dage, der afviger:</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/service_detail.py" line="170"/>
        <source>No opening hours are recorded. Call or write to ask.</source>
        <translation>Der er ikke registreret åbningstider. Ring eller skriv for at spørge.</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/service_detail.py" line="175"/>
        <source>from {date}</source>
        <translation>fra {date}</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/service_detail.py" line="177"/>
        <source>until {date}</source>
        <translation>til og med {date}</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/service_detail.py" line="199"/>
        <source>{low} to {high} years</source>
        <translation>{low} til {high} år</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/service_detail.py" line="201"/>
        <source>{low} years and older</source>
        <translation>{low} år og opefter</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/service_detail.py" line="203"/>
        <source>up to {high} years</source>
        <translation>op til {high} år</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/service_detail.py" line="207"/>
        <source>Yes, there is a waiting list</source>
        <translation>Ja, der er venteliste</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/service_detail.py" line="207"/>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/service_detail.py" line="212"/>
        <source>Danish</source>
        <translation>dansk</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/service_detail.py" line="212"/>
        <source>English</source>
        <translation>engelsk</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/service_detail.py" line="212"/>
        <source>Arabic</source>
        <translation>arabisk</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/service_detail.py" line="213"/>
        <source>Persian</source>
        <translation>persisk</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/service_detail.py" line="213"/>
        <source>Kurdish</source>
        <translation>kurdisk</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/service_detail.py" line="213"/>
        <source>Polish</source>
        <translation>polsk</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/service_detail.py" line="214"/>
        <source>Pashto</source>
        <translation>pashto</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/service_detail.py" line="214"/>
        <source>Somali</source>
        <translation>somali</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/service_detail.py" line="214"/>
        <source>Tigrinya</source>
        <translation>tigrinya</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/service_detail.py" line="215"/>
        <source>Turkish</source>
        <translation>tyrkisk</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/service_detail.py" line="215"/>
        <source>Ukrainian</source>
        <translation>ukrainsk</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/service_detail.py" line="215"/>
        <source>Urdu</source>
        <translation>urdu</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/service_detail.py" line="216"/>
        <source>German</source>
        <translation>tysk</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/service_detail.py" line="216"/>
        <source>Russian</source>
        <translation>russisk</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/service_detail.py" line="216"/>
        <source>Romanian</source>
        <translation>rumænsk</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/service_detail.py" line="217"/>
        <source>Bosnian</source>
        <translation>bosnisk</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/service_detail.py" line="217"/>
        <source>Albanian</source>
        <translation>albansk</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/service_detail.py" line="217"/>
        <source>Vietnamese</source>
        <translation>vietnamesisk</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/service_detail.py" line="224"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/service_detail.py" line="231"/>
        <source>Services shown: {count}. Choose one to see its opening hours.</source>
        <translation>Viste tilbud: {count}. Vælg et for at se åbningstiderne.</translation>
    </message>
</context>
<context>
    <name>ServiceDialog</name>
    <message>
        <location filename="../../referral_app/ui/directory/service_editor.py" line="38"/>
        <source>Ser&amp;vice</source>
        <translation>&amp;Tilbud</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/service_editor.py" line="39"/>
        <source>&amp;Who and how</source>
        <translation>&amp;Hvem og hvordan</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/service_editor.py" line="40"/>
        <source>&amp;Opening hours</source>
        <translation>Å&amp;bningstider</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/service_editor.py" line="43"/>
        <source>Or&amp;ganization:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/service_editor.py" line="45"/>
        <source>&amp;Name (Danish):</source>
        <translation>&amp;Navn (dansk):</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/service_editor.py" line="46"/>
        <source>Name in &amp;English:</source>
        <translation>Navn på &amp;engelsk:</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/service_editor.py" line="47"/>
        <source>S&amp;tatus:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/service_editor.py" line="49"/>
        <source>&amp;Reopens on:</source>
        <translation>Genåbner &amp;den:</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/service_editor.py" line="51"/>
        <source>dd.mm.yyyy, when temporarily closed</source>
        <translation>dd.mm.åååå, når det er midlertidigt lukket</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/service_editor.py" line="52"/>
        <source>Waiting &amp;list</source>
        <translation>&amp;Venteliste</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/service_editor.py" line="53"/>
        <source>Capacit&amp;y note:</source>
        <translation>&amp;Kapacitet:</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/service_editor.py" line="54"/>
        <source>&amp;Description:</source>
        <translation>Besk&amp;rivelse:</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/service_editor.py" line="63"/>
        <source>&amp;Categories (Space ticks):</source>
        <translation>Kategorier (&amp;mellemrum sætter flueben):</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/service_editor.py" line="66"/>
        <source>Age &amp;from:</source>
        <translation>Alder &amp;fra:</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/service_editor.py" line="67"/>
        <source>Age &amp;to:</source>
        <translation>Alder t&amp;il:</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/service_editor.py" line="68"/>
        <source>&amp;Area:</source>
        <translation>&amp;Område:</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/service_editor.py" line="69"/>
        <source>Who it is &amp;for:</source>
        <translation>Målgr&amp;uppe:</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/service_editor.py" line="70"/>
        <source>What to &amp;bring:</source>
        <translation>Tag &amp;med:</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/service_editor.py" line="71"/>
        <source>How to a&amp;pply:</source>
        <translation>Sådan &amp;søger man:</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/service_editor.py" line="73"/>
        <source>Ne&amp;xt step for the resident:</source>
        <translation>&amp;Næste skridt for beboeren:</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/service_editor.py" line="74"/>
        <source>P&amp;hone:</source>
        <translation>Te&amp;lefon:</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/service_editor.py" line="75"/>
        <source>E-&amp;mail:</source>
        <translation>E-m&amp;ail:</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/service_editor.py" line="76"/>
        <source>&amp;Web:</source>
        <translation>&amp;Web:</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/service_editor.py" line="77"/>
        <source>Add&amp;ress:</source>
        <translation>Adr&amp;esse:</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/service_editor.py" line="78"/>
        <source>Post&amp;code:</source>
        <translation>&amp;Postnr.:</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/service_editor.py" line="79"/>
        <source>C&amp;ity:</source>
        <translation>B&amp;y:</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/service_editor.py" line="80"/>
        <source>&amp;Languages (codes):</source>
        <translation>Sp&amp;rog (koder):</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/service_editor.py" line="81"/>
        <source>Follow-&amp;up days:</source>
        <translation>Opfølgning (&amp;dage):</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/service_editor.py" line="83"/>
        <source>Hand-o&amp;ver to:</source>
        <translation>O&amp;verdrag til:</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/service_editor.py" line="87"/>
        <source>One line per weekday or range of weekdays, e.g. &quot;mon 09:00-15:00, 16:00-18:00&quot; or &quot;tue-fri 9-15&quot;; valid from/to in brackets: &quot;(01.06.2026-31.08.2026)&quot;.</source>
        <translation>Én linje pr. ugedag eller række af ugedage, fx &quot;man 09:00-15:00, 16:00-18:00&quot; eller &quot;tir-fre 9-15&quot;; gyldig fra/til i parentes: &quot;(01.06.2026-31.08.2026)&quot;.</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/service_editor.py" line="91"/>
        <source>&amp;Weekly hours:</source>
        <translation>&amp;Ugens tider:</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/service_editor.py" line="93"/>
        <source>Exceptions, one line each: &quot;24.12.2026 closed&quot;, &quot;27.07.2026-07.08.2026 closed Summer break&quot; or &quot;31.12.2026 10:00-12:00 Short day&quot;.</source>
        <translation>Undtagelser, én pr. linje: &quot;24.12.2026 lukket&quot;, &quot;27.07.2026-07.08.2026 lukket Sommerferie&quot; eller &quot;31.12.2026 10:00-12:00 Kort dag&quot;.</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/service_editor.py" line="98"/>
        <source>E&amp;xceptions:</source>
        <translation>U&amp;ndtagelser:</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/service_editor.py" line="100"/>
        <source>Stays open on public &amp;holidays</source>
        <translation>Holder åbent på hellig&amp;dage</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/service_editor.py" line="104"/>
        <source>Service</source>
        <translation>Tilbud</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/service_editor.py" line="104"/>
        <source>Service: {name}</source>
        <translation>Tilbud: {name}</translation>
    </message>
</context>
<context>
    <name>ServicePickerDialog</name>
    <message>
        <location filename="../../referral_app/ui/queue/service_picker.py" line="54"/>
        <source>Service, organization or category</source>
        <translation>Tilbud, organisation eller kategori</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/queue/service_picker.py" line="55"/>
        <source>Typing filters the list. Up and Down choose, Enter picks.</source>
        <translation>Listen filtreres, mens du skriver. Op og Ned vælger, Enter tager den valgte.</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/queue/service_picker.py" line="56"/>
        <source>Search services</source>
        <translation>Søg i tilbud</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/queue/service_picker.py" line="59"/>
        <source>Active services</source>
        <translation>Aktive tilbud</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/queue/service_picker.py" line="63"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/queue/service_picker.py" line="67"/>
        <source>&amp;Find service:</source>
        <translation>&amp;Find tilbud:</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/queue/service_picker.py" line="69"/>
        <source>&amp;Services:</source>
        <translation>&amp;Tilbud:</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/queue/service_picker.py" line="71"/>
        <source>&amp;Note (optional):</source>
        <translation>&amp;Note (valgfri):</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/queue/service_picker.py" line="75"/>
        <source>&amp;Refer</source>
        <translation>&amp;Henvis</translation>
    </message>
    <message numerus="yes">
        <location filename="../../referral_app/ui/queue/service_picker.py" line="125"/>
        <source>%n services</source>
        <translation>
            <numerusform>%n tilbud</numerusform>
            <numerusform>%n tilbud</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/queue/service_picker.py" line="125"/>
        <source>Nothing matches</source>
        <translation>Intet passer</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../referral_app/ui/desk_settings/dialog.py" line="58"/>
        <source>Settings</source>
        <translation>Indstillinger</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/desk_settings/dialog.py" line="62"/>
        <source>This desk</source>
        <translation>Denne skranke</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/desk_settings/dialog.py" line="67"/>
        <source>e.g. Skranke 1 or Biblioteket</source>
        <translation>f.eks. Skranke 1 eller Biblioteket</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/desk_settings/dialog.py" line="68"/>
        <source>Desk name</source>
        <translation>Skrankens navn</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/desk_settings/dialog.py" line="69"/>
        <source>Inquiries and quick counts are logged under this name; &quot;Today at this desk&quot; shows this desk&apos;s.</source>
        <translation>Henvendelser og hurtige optællinger registreres under dette navn; &quot;I dag ved denne skranke&quot; viser denne skrankes.</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/desk_settings/dialog.py" line="71"/>
        <source>Desk &amp;name:</source>
        <translation>Skrankens &amp;navn:</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/desk_settings/dialog.py" line="77"/>
        <source>Quick count keys (F1–F12)</source>
        <translation>Taster til hurtig optælling (F1–F12)</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/desk_settings/dialog.py" line="85"/>
        <location filename="../../referral_app/ui/desk_settings/dialog.py" line="173"/>
        <source>(no category)</source>
        <translation>(ingen kategori)</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/desk_settings/dialog.py" line="92"/>
        <source>Category for {key}</source>
        <translation>Kategori for {key}</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/desk_settings/dialog.py" line="104"/>
        <source>Preview of the keys</source>
        <translation>Sådan ser tasterne ud</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/desk_settings/dialog.py" line="119"/>
        <source>Screen and reminders</source>
        <translation>Skærm og påmindelser</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/desk_settings/dialog.py" line="121"/>
        <source>&amp;Hide residents&apos; names when someone signs in</source>
        <translation>&amp;Skjul beboernes navne, når nogen logger ind</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/desk_settings/dialog.py" line="124"/>
        <source>&amp;Also show reminders as desktop notifications</source>
        <translation>&amp;Vis også påmindelser som skrivebordsnotifikationer</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/desk_settings/dialog.py" line="131"/>
        <source> min</source>
        <translation> min.</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/desk_settings/dialog.py" line="133"/>
        <source>Lock the screen after (idle minutes)</source>
        <translation>Lås skærmen efter (minutter uden brug)</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/desk_settings/dialog.py" line="134"/>
        <source>&amp;Lock the screen after:</source>
        <translation>&amp;Lås skærmen efter:</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/desk_settings/dialog.py" line="138"/>
        <source>Shared by every desk.</source>
        <translation>Fælles for alle skranker.</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/desk_settings/dialog.py" line="139"/>
        <source>Shared by every desk; an administrator changes it.</source>
        <translation>Fælles for alle skranker; en administrator ændrer den.</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/desk_settings/dialog.py" line="148"/>
        <source>&amp;Save</source>
        <translation>&amp;Gem</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/desk_settings/dialog.py" line="149"/>
        <source>Cancel</source>
        <translation>Annullér</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/desk_settings/dialog.py" line="182"/>
        <source>Give the desk a name, e.g. Skranke 1.</source>
        <translation>Giv skranken et navn, f.eks. Skranke 1.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../referral_app/ui/admin/settings.py" line="56"/>
        <source>Anonymize residents after (months without activity)</source>
        <translation>Anonymisér beboere efter (måneder uden aktivitet)</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/admin/settings.py" line="57"/>
        <source>Delete audit entries after (months)</source>
        <translation>Slet logposter efter (måneder)</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/admin/settings.py" line="58"/>
        <source>Lock the screen after (idle minutes)</source>
        <translation>Lås skærmen efter (minutter uden brug)</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/admin/settings.py" line="59"/>
        <source>Default follow-up (working days)</source>
        <translation>Standardopfølgning (arbejdsdage)</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/admin/settings.py" line="60"/>
        <source>Failed logins before an account locks</source>
        <translation>Mislykkede login, før en konto låses</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/admin/settings.py" line="61"/>
        <source>Account lock (minutes)</source>
        <translation>Kontolås (minutter)</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/admin/settings.py" line="62"/>
        <source>Automatic backups to keep</source>
        <translation>Automatiske sikkerhedskopier, der gemmes</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/admin/settings.py" line="75"/>
        <source>empty: the backups folder beside the database</source>
        <translation>tom: mappen backups ved siden af databasen</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/admin/settings.py" line="76"/>
        <source>Backup &amp;folder</source>
        <translation>&amp;Mappe til sikkerhedskopier</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/admin/settings.py" line="78"/>
        <source>Backup folder</source>
        <translation>Mappe til sikkerhedskopier</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/admin/settings.py" line="80"/>
        <source>&amp;Save settings</source>
        <translation>&amp;Gem indstillinger</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/admin/settings.py" line="88"/>
        <source>These settings are shared by every desk that uses this database.</source>
        <translation>Indstillingerne deles af alle skranker, der bruger denne database.</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/admin/settings.py" line="100"/>
        <location filename="../../referral_app/ui/admin/settings.py" line="118"/>
        <source>Settings</source>
        <translation>Indstillinger</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/admin/settings.py" line="122"/>
        <source>Saved.</source>
        <translation>Gemt.</translation>
    </message>
</context>
<context>
    <name>ShippedUpdatesDialog</name>
    <message>
        <location filename="../../referral_app/ui/directory/shipped_updates.py" line="42"/>
        <source>The shipped directory has newer versions of these items, which were edited here. Take the ones you want; the rest keep your edits.</source>
        <translation>Det medfølgende tilbudskatalog har nyere udgaver af disse punkter, som er rettet her. Tag dem, du vil have; resten beholder jeres rettelser.</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/shipped_updates.py" line="48"/>
        <source>Shipped updates</source>
        <translation>Medfølgende opdateringer</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/shipped_updates.py" line="49"/>
        <source>&amp;Take the shipped version</source>
        <translation>&amp;Tag den medfølgende udgave</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/shipped_updates.py" line="61"/>
        <source>Shipped directory updates</source>
        <translation>Opdateringer af tilbudskataloget</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/shipped_updates.py" line="84"/>
        <source>Nothing to take: the directory matches what was shipped.</source>
        <translation>Intet at tage: kataloget svarer til det medfølgende.</translation>
    </message>
</context>
<context>
    <name>SlipForm</name>
    <message>
        <location filename="../../referral_app/ui/reports/params.py" line="104"/>
        <source>Referral &amp;no.:</source>
        <translation>Henvisning &amp;nr.:</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/reports/params.py" line="105"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprog:</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/reports/params.py" line="106"/>
        <source>Referral number</source>
        <translation>Henvisningens nummer</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/reports/params.py" line="107"/>
        <source>Language of the slip</source>
        <translation>Sedlens sprog</translation>
    </message>
</context>
<context>
    <name>SlipLanguageDialog</name>
    <message>
        <location filename="../../referral_app/ui/reports/slip_language.py" line="28"/>
        <source>Print the slip</source>
        <translation>Udskriv sedlen</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/reports/slip_language.py" line="32"/>
        <source>Language of the slip</source>
        <translation>Sedlens sprog</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/reports/slip_language.py" line="33"/>
        <source>&amp;Language of the slip:</source>
        <translation>&amp;Sedlens sprog:</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/reports/slip_language.py" line="35"/>
        <source>The slip for referral %1 is printed in the language chosen here, with the Danish under each line.</source>
        <translation>Sedlen til henvisning %1 udskrives på det sprog, du vælger her, med dansk under hver linje.</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/reports/slip_language.py" line="40"/>
        <source>&amp;Print</source>
        <translation>&amp;Udskriv</translation>
    </message>
</context>
<context>
    <name>SlipLanguages</name>
    <message>
        <location filename="../../referral_app/ui/reports/params.py" line="31"/>
        <source>Danish only</source>
        <translation>Kun dansk</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/reports/params.py" line="32"/>
        <source>Arabic and Danish</source>
        <translation>Arabisk og dansk</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/reports/params.py" line="33"/>
        <source>Somali and Danish</source>
        <translation>Somali og dansk</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/reports/params.py" line="34"/>
        <source>Turkish and Danish</source>
        <translation>Tyrkisk og dansk</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/reports/params.py" line="35"/>
        <source>Urdu and Danish</source>
        <translation>Urdu og dansk</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/reports/params.py" line="36"/>
        <source>Farsi and Danish</source>
        <translation>Persisk (farsi) og dansk</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/reports/params.py" line="37"/>
        <source>Ukrainian and Danish</source>
        <translation>Ukrainsk og dansk</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/reports/params.py" line="38"/>
        <source>Polish and Danish</source>
        <translation>Polsk og dansk</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/reports/params.py" line="39"/>
        <source>English and Danish</source>
        <translation>Engelsk og dansk</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/reports/params.py" line="41"/>
        <source>The resident&apos;s language (as recorded)</source>
        <translation>Beboerens sprog (som registreret)</translation>
    </message>
</context>
<context>
    <name>StatsForm</name>
    <message>
        <location filename="../../referral_app/ui/reports/params.py" line="207"/>
        <source>&amp;Year:</source>
        <translation>&amp;År:</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/reports/params.py" line="208"/>
        <source>&amp;Month:</source>
        <translation>&amp;Måned:</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/reports/params.py" line="209"/>
        <source>&amp;Quarter:</source>
        <translation>&amp;Kvartal:</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/reports/params.py" line="211"/>
        <source>&amp;To:</source>
        <translation>&amp;Til:</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/reports/params.py" line="206"/>
        <source>P&amp;eriod:</source>
        <translation>&amp;Periode:</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/reports/params.py" line="210"/>
        <source>Fr&amp;om:</source>
        <translation>Fr&amp;a:</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/reports/params.py" line="212"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprog:</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/reports/params.py" line="213"/>
        <source>Kind of period</source>
        <translation>Slags periode</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/reports/params.py" line="213"/>
        <location filename="../../referral_app/ui/reports/params.py" line="224"/>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/reports/params.py" line="214"/>
        <location filename="../../referral_app/ui/reports/params.py" line="223"/>
        <source>Month</source>
        <translation>Måned</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/reports/params.py" line="214"/>
        <location filename="../../referral_app/ui/reports/params.py" line="223"/>
        <source>Quarter</source>
        <translation>Kvartal</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/reports/params.py" line="215"/>
        <source>First day</source>
        <translation>Første dag</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/reports/params.py" line="215"/>
        <source>Last day</source>
        <translation>Sidste dag</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/reports/params.py" line="216"/>
        <source>Language of the report</source>
        <translation>Rapportens sprog</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/reports/params.py" line="224"/>
        <source>Custom dates</source>
        <translation>Selvvalgte datoer</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/reports/params.py" line="228"/>
        <source>January</source>
        <translation>Januar</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/reports/params.py" line="228"/>
        <source>February</source>
        <translation>Februar</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/reports/params.py" line="228"/>
        <source>March</source>
        <translation>Marts</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/reports/params.py" line="228"/>
        <source>April</source>
        <translation>April</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/reports/params.py" line="228"/>
        <source>May</source>
        <translation>Maj</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/reports/params.py" line="229"/>
        <source>June</source>
        <translation>Juni</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/reports/params.py" line="229"/>
        <source>July</source>
        <translation>Juli</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/reports/params.py" line="229"/>
        <source>August</source>
        <translation>August</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/reports/params.py" line="229"/>
        <source>September</source>
        <translation>September</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/reports/params.py" line="229"/>
        <source>October</source>
        <translation>Oktober</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/reports/params.py" line="230"/>
        <source>November</source>
        <translation>November</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/reports/params.py" line="230"/>
        <source>December</source>
        <translation>December</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/reports/params.py" line="235"/>
        <source>Q%1</source>
        <translation>%1. kvartal</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/reports/params.py" line="237"/>
        <source>Danish</source>
        <translation>Dansk</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/reports/params.py" line="237"/>
        <source>English</source>
        <translation>Engelsk</translation>
    </message>
</context>
<context>
    <name>TallyPanel</name>
    <message>
        <location filename="../../referral_app/ui/front_desk/tallies.py" line="277"/>
        <source>Quick count (anonymous): one key per question</source>
        <translation>Hurtig optælling (anonym): én tast pr. spørgsmål</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/front_desk/tallies.py" line="300"/>
        <source>Counted: {category} ({channel}). Today: {count}.</source>
        <translation>Talt: {category} ({channel}). I dag: {count}.</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/front_desk/tallies.py" line="317"/>
        <source>Undone: {category}.</source>
        <translation>Fortrudt: {category}.</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/front_desk/tallies.py" line="344"/>
        <source>(no category)</source>
        <translation>(ingen kategori)</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/front_desk/tallies.py" line="350"/>
        <source>{key}: no category</source>
        <translation>{key}: ingen kategori</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/front_desk/tallies.py" line="355"/>
        <source>Today: {count}</source>
        <translation>I dag: {count}</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/front_desk/tallies.py" line="357"/>
        <source>{key}: count {category}, {count} today</source>
        <translation>{key}: tæl {category}, {count} i dag</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/front_desk/tallies.py" line="359"/>
        <source>Press {key} to count one anonymous question about {category}.</source>
        <translation>Tryk {key} for at tælle ét anonymt spørgsmål om {category}.</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/front_desk/tallies.py" line="364"/>
        <source>Counted today at this desk: {total}</source>
        <translation>Talt i dag ved denne skranke: {total}</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/front_desk/tallies.py" line="366"/>
        <source>other categories: {others}</source>
        <translation>andre kategorier: {others}</translation>
    </message>
</context>
<context>
    <name>TodayModel</name>
    <message>
        <location filename="../../referral_app/ui/front_desk/models.py" line="72"/>
        <source>Anonymous</source>
        <translation>Anonym</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/front_desk/models.py" line="74"/>
        <source>(anonymized)</source>
        <translation>(anonymiseret)</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/front_desk/models.py" line="102"/>
        <source>Time</source>
        <translation>Tidspunkt</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/front_desk/models.py" line="102"/>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/front_desk/models.py" line="102"/>
        <source>Resident</source>
        <translation>Beboer</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/front_desk/models.py" line="102"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/front_desk/models.py" line="103"/>
        <source>Urgency</source>
        <translation>Hastegrad</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/front_desk/models.py" line="103"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>TodaysListForm</name>
    <message>
        <location filename="../../referral_app/ui/reports/todays_list_form.py" line="38"/>
        <source>&amp;Day:</source>
        <translation>&amp;Dag:</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/reports/todays_list_form.py" line="39"/>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/reports/todays_list_form.py" line="40"/>
        <source>Only t&amp;his desk</source>
        <translation>Kun &amp;denne skranke</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/reports/todays_list_form.py" line="41"/>
        <source>Only this desk</source>
        <translation>Kun denne skranke</translation>
    </message>
</context>
<context>
    <name>UndoNotice</name>
    <message>
        <location filename="../../referral_app/ui/front_desk/tallies.py" line="162"/>
        <source>Undo ({key})</source>
        <translation>Fortryd ({key})</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/front_desk/tallies.py" line="163"/>
        <source>Undo the count</source>
        <translation>Fortryd optællingen</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/front_desk/tallies.py" line="164"/>
        <source>Notice</source>
        <translation>Besked</translation>
    </message>
</context>
<context>
    <name>UpkeepBar</name>
    <message>
        <location filename="../../referral_app/ui/directory/upkeep.py" line="80"/>
        <source>New servi&amp;ce…</source>
        <translation>&amp;Nyt tilbud…</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/upkeep.py" line="81"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Redigér…</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/upkeep.py" line="82"/>
        <source>New &amp;organization…</source>
        <translation>Ny &amp;organisation…</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/upkeep.py" line="83"/>
        <source>Address &amp;table…</source>
        <translation>Adresse&amp;tabel…</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/upkeep.py" line="84"/>
        <source>Categor&amp;ies…</source>
        <translation>&amp;Kategorier…</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/upkeep.py" line="85"/>
        <source>New &amp;rule…</source>
        <translation>Ny r&amp;egel…</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/upkeep.py" line="86"/>
        <source>Closing &amp;days…</source>
        <translation>&amp;Lukkedage…</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/upkeep.py" line="87"/>
        <source>Shipped &amp;updates…</source>
        <translation>Op&amp;dateringer…</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/upkeep.py" line="167"/>
        <source>Delete address range</source>
        <translation>Slet adresseinterval</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/upkeep.py" line="168"/>
        <source>Delete the range {street} {first}-{last} ({organization})?</source>
        <translation>Slet intervallet {street} {first}-{last} ({organization})?</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/upkeep.py" line="171"/>
        <source>Addresses in it are then no longer matched to a housing organization. The audit trail keeps what the range was.</source>
        <translation>Adresser i det bliver så ikke længere knyttet til en boligorganisation. Logningen gemmer, hvad intervallet var.</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/upkeep.py" line="173"/>
        <source>&amp;Delete range</source>
        <translation>&amp;Slet intervallet</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../../referral_app/ui/admin/users.py" line="104"/>
        <source>New staff account</source>
        <translation>Ny medarbejderkonto</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/admin/users.py" line="111"/>
        <source>&amp;Username</source>
        <translation>&amp;Brugernavn</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/admin/users.py" line="112"/>
        <source>&amp;Full name</source>
        <translation>&amp;Fulde navn</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/admin/users.py" line="113"/>
        <source>&amp;Role</source>
        <translation>&amp;Rolle</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/admin/users.py" line="114"/>
        <source>First &amp;password</source>
        <translation>Første &amp;adgangskode</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/admin/users.py" line="121"/>
        <source>&amp;Create</source>
        <translation>&amp;Opret</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <location filename="../../referral_app/ui/admin/users.py" line="73"/>
        <source>Deactivated</source>
        <translation>Deaktiveret</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/admin/users.py" line="74"/>
        <source>Locked</source>
        <translation>Låst</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/admin/users.py" line="74"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/admin/users.py" line="76"/>
        <source>Now (signed in)</source>
        <translation>Nu (logget ind)</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/admin/users.py" line="78"/>
        <source>Never</source>
        <translation>Aldrig</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/admin/users.py" line="85"/>
        <source>Username</source>
        <translation>Brugernavn</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/admin/users.py" line="85"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/admin/users.py" line="85"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/admin/users.py" line="85"/>
        <source>State</source>
        <translation>Tilstand</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/admin/users.py" line="85"/>
        <source>Last login</source>
        <translation>Seneste login</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <location filename="../../referral_app/ui/admin/users.py" line="200"/>
        <location filename="../../referral_app/ui/admin/users.py" line="215"/>
        <location filename="../../referral_app/ui/admin/users.py" line="236"/>
        <location filename="../../referral_app/ui/admin/users.py" line="249"/>
        <source>Staff accounts</source>
        <translation>Medarbejderkonti</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/admin/users.py" line="201"/>
        <source>&amp;New account…</source>
        <translation>&amp;Ny konto…</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/admin/users.py" line="202"/>
        <source>&amp;Deactivate / activate</source>
        <translation>&amp;Deaktivér / aktivér</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/admin/users.py" line="203"/>
        <source>&amp;Reset password…</source>
        <translation>&amp;Nulstil adgangskode…</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/admin/users.py" line="205"/>
        <source>Set r&amp;ole</source>
        <translation>Sæt r&amp;olle</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/admin/users.py" line="210"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/admin/users.py" line="272"/>
        <source>Deactivate account</source>
        <translation>Deaktivér konto</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/admin/users.py" line="273"/>
        <source>Deactivate the account of {name} ({username})?</source>
        <translation>Vil du deaktivere kontoen for {name} ({username})?</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/admin/users.py" line="275"/>
        <source>They can no longer sign in. The account and its history are kept, and it can be activated again.</source>
        <translation>Vedkommende kan ikke længere logge ind. Kontoen og dens historik bevares, og den kan aktiveres igen.</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/admin/users.py" line="277"/>
        <source>&amp;Deactivate account</source>
        <translation>&amp;Deaktivér kontoen</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/admin/users.py" line="291"/>
        <source>Reset password for %1</source>
        <translation>Nulstil adgangskode for %1</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../referral_app/app.py" line="186"/>
        <source>Fælles Indgang cannot open its database</source>
        <extracomment>When set to a file name, start-up milestones are appended to it as &quot;&lt;event&gt; &lt;time.time()&gt;&quot; lines and the app quits once the window is built (and the daily jobs are done): what ``benchmarks/startup.py`` measures.</extracomment>
        <translation>Fælles Indgang kan ikke åbne sin database</translation>
    </message>
    <message>
        <location filename="../../referral_app/app.py" line="188"/>
        <source>Nothing was changed. Solve the problem described above and start Fælles Indgang again. If it keeps happening, contact your coordinator.</source>
        <translation>Intet blev ændret. Løs problemet beskrevet ovenfor, og start Fælles Indgang igen. Sker det igen, så kontakt din koordinator.</translation>
    </message>
    <message>
        <location filename="../../referral_app/app.py" line="261"/>
        <source>Daily backup and clean-up are running in the background…</source>
        <translation>Den daglige sikkerhedskopi og oprydning kører i baggrunden …</translation>
    </message>
</context>
<context>
    <name>audit</name>
    <message>
        <location filename="../../referral_app/domain/audit_chain.py" line="101"/>
        <source>entry {id} was changed after it was written</source>
        <translation>post {id} er ændret, efter den blev skrevet</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/audit_chain.py" line="102"/>
        <source>entry {id} does not follow the entry before it: an entry was deleted or inserted there</source>
        <translation>post {id} følger ikke posten før den: en post er slettet eller indsat der</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/audit_chain.py" line="104"/>
        <source>entry {id} is dated before the entry before it (back-dated)</source>
        <translation>post {id} er dateret før posten før den (tilbagedateret)</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/audit_chain.py" line="105"/>
        <source>the log should begin at entry {expected} but begins at entry {id}: entries were deleted</source>
        <translation>loggen skulle begynde ved post {expected}, men begynder ved post {id}: poster er slettet</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/audit_chain.py" line="107"/>
        <source>the log ends at entry {id} but more was written: entries after it were deleted</source>
        <translation>loggen slutter ved post {id}, men der blev skrevet mere: poster efter den er slettet</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/audit_text.py" line="50"/>
        <source>Inquiry {id}</source>
        <translation>Henvendelse {id}</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/audit_text.py" line="51"/>
        <source>Referral {id}</source>
        <translation>Henvisning {id}</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/audit_text.py" line="52"/>
        <source>Consent {id}</source>
        <translation>Samtykke {id}</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/audit_text.py" line="53"/>
        <source>Consent form</source>
        <translation>Samtykkeerklæring</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/audit_text.py" line="54"/>
        <source>Tally {id}</source>
        <translation>Optælling {id}</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/audit_text.py" line="55"/>
        <source>Category {id}</source>
        <translation>Kategori {id}</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/audit_text.py" line="56"/>
        <source>Organization {id}</source>
        <translation>Organisation {id}</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/audit_text.py" line="57"/>
        <source>Service {id}</source>
        <translation>Tilbud {id}</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/audit_text.py" line="58"/>
        <source>Address range {id}</source>
        <translation>Adresseinterval {id}</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/audit_text.py" line="59"/>
        <source>Routing rule {id}</source>
        <translation>Henvisningsregel {id}</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/audit_text.py" line="60"/>
        <source>Audit log</source>
        <translation>Loggen</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/audit_text.py" line="61"/>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/audit_text.py" line="62"/>
        <source>Demo data</source>
        <translation>Demodata</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/audit_text.py" line="63"/>
        <source>Directory</source>
        <translation>Tilbudsoversigt</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/audit_text.py" line="64"/>
        <source>Data retention</source>
        <translation>Sletning efter frist</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/audit_text.py" line="65"/>
        <source>Settings</source>
        <translation>Indstillinger</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/audit_text.py" line="66"/>
        <source>Statistics</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/audit_text.py" line="68"/>
        <source>Resident: {name} (no. {id})</source>
        <translation>Beboer: {name} (nr. {id})</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/audit_text.py" line="69"/>
        <source>Resident no. {id}</source>
        <translation>Beboer nr. {id}</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/audit_text.py" line="70"/>
        <source>Residents</source>
        <translation>Beboere</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/audit_text.py" line="71"/>
        <source>Staff account: {name}</source>
        <translation>Medarbejderkonto: {name}</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/audit_text.py" line="72"/>
        <source>Staff account {id}</source>
        <translation>Medarbejderkonto {id}</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/audit_text.py" line="73"/>
        <source>Staff accounts</source>
        <translation>Medarbejderkonti</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/audit_text.py" line="74"/>
        <source>Permission: {what}</source>
        <translation>Adgang: {what}</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/audit_text.py" line="75"/>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/audit_text.py" line="78"/>
        <location filename="../../referral_app/domain/audit_text.py" line="120"/>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/audit_text.py" line="79"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/audit_text.py" line="80"/>
        <source>Language</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/audit_text.py" line="81"/>
        <source>Description (characters)</source>
        <translation>Beskrivelse (tegn)</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/audit_text.py" line="82"/>
        <source>Resident</source>
        <translation>Beboer</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/audit_text.py" line="83"/>
        <location filename="../../referral_app/domain/audit_text.py" line="84"/>
        <source>Search terms</source>
        <translation>Søgeord</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/audit_text.py" line="85"/>
        <source>Results</source>
        <translation>Resultater</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/audit_text.py" line="86"/>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/audit_text.py" line="87"/>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/audit_text.py" line="88"/>
        <source>From row</source>
        <translation>Fra række</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/audit_text.py" line="89"/>
        <source>Rows at most</source>
        <translation>Højst rækker</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/audit_text.py" line="90"/>
        <source>Desk</source>
        <translation>Skranke</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/audit_text.py" line="91"/>
        <source>Rows</source>
        <translation>Rækker</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/audit_text.py" line="92"/>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/audit_text.py" line="93"/>
        <source>Folder</source>
        <translation>Mappe</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/audit_text.py" line="94"/>
        <source>Fields filled in</source>
        <translation>Udfyldte felter</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/audit_text.py" line="95"/>
        <source>Fields changed</source>
        <translation>Ændrede felter</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/audit_text.py" line="96"/>
        <source>Taken from the other record</source>
        <translation>Taget fra den anden registrering</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/audit_text.py" line="97"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/audit_text.py" line="98"/>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/audit_text.py" line="99"/>
        <location filename="../../referral_app/domain/audit_text.py" line="100"/>
        <source>Service no.</source>
        <translation>Tilbud nr.</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/audit_text.py" line="101"/>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/audit_text.py" line="102"/>
        <source>Organization no.</source>
        <translation>Organisation nr.</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/audit_text.py" line="103"/>
        <source>Organizations</source>
        <translation>Organisationer</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/audit_text.py" line="104"/>
        <source>Purpose</source>
        <translation>Formål</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/audit_text.py" line="105"/>
        <source>With names</source>
        <translation>Med navne</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/audit_text.py" line="106"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/audit_text.py" line="107"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/audit_text.py" line="108"/>
        <source>Inquiries</source>
        <translation>Henvendelser</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/audit_text.py" line="109"/>
        <source>Referrals</source>
        <translation>Henvisninger</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/audit_text.py" line="110"/>
        <source>Consents</source>
        <translation>Samtykker</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/audit_text.py" line="111"/>
        <location filename="../../referral_app/domain/audit_text.py" line="112"/>
        <location filename="../../referral_app/domain/audit_text.py" line="113"/>
        <source>Staff</source>
        <translation>Medarbejder</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/audit_text.py" line="114"/>
        <source>Action</source>
        <translation>Handling</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/audit_text.py" line="115"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/audit_text.py" line="116"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/audit_text.py" line="117"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/audit_text.py" line="118"/>
        <source>Schema version</source>
        <translation>Skemaversion</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/audit_text.py" line="119"/>
        <source>Entries</source>
        <translation>Poster</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/audit_text.py" line="121"/>
        <source>Overdue only</source>
        <translation>Overskredne</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/audit_text.py" line="122"/>
        <source>Open only</source>
        <translation>Kun åbne</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/audit_text.py" line="123"/>
        <source>Anonymized</source>
        <translation>Anonymiseret</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/audit_text.py" line="124"/>
        <source>Log entries deleted</source>
        <translation>Slettede logposter</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/audit_text.py" line="128"/>
        <source>Corrected</source>
        <translation>Rettet</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/audit_text.py" line="129"/>
        <source>Opened for correction</source>
        <translation>Åbnet til rettelse</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/audit_text.py" line="130"/>
        <source>Duplicate check</source>
        <translation>Dubletkontrol</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/audit_text.py" line="131"/>
        <source>Referral queue</source>
        <translation>Henvisningskø</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/audit_text.py" line="132"/>
        <source>Undone</source>
        <translation>Fortrudt</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/audit_text.py" line="133"/>
        <source>Withdrawn</source>
        <translation>Trukket tilbage</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/audit_text.py" line="134"/>
        <source>CSV file</source>
        <translation>CSV-fil</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/audit_text.py" line="135"/>
        <source>Integrity check</source>
        <translation>Kontrol af loggen</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/audit_text.py" line="136"/>
        <source>intact</source>
        <translation>intakt</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/audit_text.py" line="137"/>
        <source>password reset</source>
        <translation>adgangskode nulstillet</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/audit_text.py" line="138"/>
        <source>Own password changed</source>
        <translation>Egen adgangskode ændret</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/audit_text.py" line="139"/>
        <source>Unknown user</source>
        <translation>Ukendt bruger</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/audit_text.py" line="140"/>
        <source>Account deactivated</source>
        <translation>Konto deaktiveret</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/audit_text.py" line="141"/>
        <source>Account locked</source>
        <translation>Konto spærret</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/audit_text.py" line="142"/>
        <source>Everything</source>
        <translation>Alt</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/audit_text.py" line="143"/>
        <source>Marked as sent (several at once)</source>
        <translation>Markeret som sendt (flere ad gangen)</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/audit_text.py" line="144"/>
        <source>Resident search</source>
        <translation>Beboersøgning</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/audit_text.py" line="148"/>
        <source>case summary</source>
        <translation>sagsoversigt</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/audit_text.py" line="149"/>
        <source>access report (GDPR art. 15)</source>
        <translation>indsigtsrapport (GDPR art. 15)</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/audit_text.py" line="150"/>
        <source>erasure preview</source>
        <translation>forhåndsvisning af sletning</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/audit_text.py" line="151"/>
        <source>erasure on request</source>
        <translation>sletning efter anmodning</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/audit_text.py" line="152"/>
        <source>Inquiry at the front desk</source>
        <translation>Henvendelse i skranken</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/audit_text.py" line="153"/>
        <source>audit log filter</source>
        <translation>filter i loggen</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/audit_text.py" line="154"/>
        <source>erasure</source>
        <translation>sletning</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/audit_text.py" line="158"/>
        <source>name</source>
        <translation>navn</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/audit_text.py" line="159"/>
        <source>phone</source>
        <translation>telefon</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/audit_text.py" line="160"/>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/audit_text.py" line="161"/>
        <source>street</source>
        <translation>gade</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/audit_text.py" line="162"/>
        <source>house number</source>
        <translation>husnummer</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/audit_text.py" line="163"/>
        <source>floor and door</source>
        <translation>etage og dør</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/audit_text.py" line="164"/>
        <source>postal code</source>
        <translation>postnummer</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/audit_text.py" line="165"/>
        <source>city</source>
        <translation>by</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/audit_text.py" line="166"/>
        <source>birth year</source>
        <translation>fødselsår</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/audit_text.py" line="167"/>
        <source>age band</source>
        <translation>aldersgruppe</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/audit_text.py" line="168"/>
        <source>language</source>
        <translation>sprog</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/audit_text.py" line="169"/>
        <source>interpreter</source>
        <translation>tolk</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/audit_text.py" line="170"/>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/audit_text.py" line="172"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/audit_text.py" line="173"/>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/audit_text.py" line="175"/>
        <source>Resident {gone} merged into resident {kept}</source>
        <translation>Beboer {gone} lagt sammen med beboer {kept}</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../referral_app/cli.py" line="33"/>
        <source>Fælles Indgang: referrals for the single entry point at BIBLIOTEK+ Høje Gladsaxe. Without a command the window opens.</source>
        <translation>Fælles Indgang: henvisninger for den fælles indgang på BIBLIOTEK+ Høje Gladsaxe. Uden en kommando åbner vinduet.</translation>
    </message>
    <message>
        <location filename="../../referral_app/cli.py" line="40"/>
        <source>show the version number and exit</source>
        <translation>vis versionsnummeret og afslut</translation>
    </message>
    <message>
        <location filename="../../referral_app/cli.py" line="44"/>
        <source>check this installation (files, translations, migrations, the window) and exit</source>
        <translation>kontrollér denne installation (filer, oversættelser, migreringer, vinduet) og afslut</translation>
    </message>
    <message>
        <location filename="../../referral_app/cli.py" line="52"/>
        <source>database to use (default: REFERRAL_APP_DATABASE_URL, else SQLite in the data folder)</source>
        <translation>databasen, der skal bruges (standard: REFERRAL_APP_DATABASE_URL, ellers SQLite i datamappen)</translation>
    </message>
    <message>
        <location filename="../../referral_app/cli.py" line="60"/>
        <source>language of the app: da (default) or en</source>
        <translation>programmets sprog: da (standard) eller en</translation>
    </message>
    <message>
        <location filename="../../referral_app/cli.py" line="63"/>
        <source>COMMAND</source>
        <translation>KOMMANDO</translation>
    </message>
    <message>
        <location filename="../../referral_app/cli.py" line="93"/>
        <source>the system refused: {problem}</source>
        <translation>systemet afviste: {problem}</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/database.py" line="32"/>
        <source>the database schema</source>
        <translation>databasens skema</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/accounts.py" line="30"/>
        <location filename="../../referral_app/commands/audit.py" line="35"/>
        <location filename="../../referral_app/commands/database.py" line="34"/>
        <location filename="../../referral_app/commands/directory.py" line="23"/>
        <location filename="../../referral_app/commands/frontdesk.py" line="126"/>
        <location filename="../../referral_app/commands/privacy.py" line="22"/>
        <location filename="../../referral_app/commands/referrals.py" line="35"/>
        <location filename="../../referral_app/commands/residents.py" line="47"/>
        <source>ACTION</source>
        <translation>HANDLING</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/database.py" line="37"/>
        <source>create or update the schema and load the directory</source>
        <translation>opret eller opdatér skemaet, og indlæs tilbuddene</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/database.py" line="40"/>
        <source>show the schema revision of the database</source>
        <translation>vis databasens skemaversion</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/directory.py" line="20"/>
        <source>the service directory</source>
        <translation>tilbudsoversigten</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/directory.py" line="28"/>
        <source>list organizations and their services</source>
        <translation>vis organisationer og deres tilbud</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/accounts.py" line="38"/>
        <location filename="../../referral_app/commands/audit.py" line="68"/>
        <location filename="../../referral_app/commands/directory.py" line="31"/>
        <location filename="../../referral_app/commands/directory_hsds.py" line="47"/>
        <location filename="../../referral_app/commands/directory_hsds.py" line="52"/>
        <location filename="../../referral_app/commands/frontdesk.py" line="104"/>
        <location filename="../../referral_app/commands/referrals.py" line="51"/>
        <location filename="../../referral_app/commands/residents.py" line="52"/>
        <location filename="../../referral_app/commands/routing.py" line="67"/>
        <source>print JSON instead of text</source>
        <translation>udskriv JSON i stedet for tekst</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/directory.py" line="36"/>
        <location filename="../../referral_app/commands/frontdesk.py" line="141"/>
        <location filename="../../referral_app/commands/frontdesk.py" line="192"/>
        <location filename="../../referral_app/commands/residents.py" line="50"/>
        <location filename="../../referral_app/commands/residents.py" line="76"/>
        <location filename="../../referral_app/commands/routing.py" line="39"/>
        <source>TEXT</source>
        <translation>TEKST</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/directory.py" line="37"/>
        <source>only what matches this text</source>
        <translation>kun det, der passer med denne tekst</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/directory.py" line="40"/>
        <source>only active services</source>
        <translation>kun aktive tilbud</translation>
    </message>
    <message>
        <location filename="../../referral_app/cli.py" line="110"/>
        <source>invalid arguments</source>
        <translation>ugyldige argumenter</translation>
    </message>
    <message>
        <location filename="../../referral_app/cli.py" line="141"/>
        <source>{argument}: unknown choice {value} (choose from {choices})</source>
        <translation>{argument}: ukendt valg {value} (vælg mellem {choices})</translation>
    </message>
    <message>
        <location filename="../../referral_app/cli.py" line="145"/>
        <source>unknown arguments: {arguments}</source>
        <translation>ukendte argumenter: {arguments}</translation>
    </message>
    <message>
        <location filename="../../referral_app/cli.py" line="149"/>
        <source>missing: {arguments}</source>
        <translation>mangler: {arguments}</translation>
    </message>
    <message>
        <location filename="../../referral_app/cli.py" line="153"/>
        <source>{argument}: {value} is not a record number (a whole number from 1 to 9223372036854775807)</source>
        <translation>{argument}: {value} er ikke et løbenummer (et helt tal fra 1 til 9223372036854775807)</translation>
    </message>
    <message>
        <location filename="../../referral_app/cli.py" line="158"/>
        <source>{argument} needs a value</source>
        <translation>{argument} skal have en værdi</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/database.py" line="43"/>
        <source>copy the database to a file, also while in use</source>
        <translation>kopiér databasen til en fil, også mens den er i brug</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/database.py" line="45"/>
        <location filename="../../referral_app/commands/database.py" line="50"/>
        <location filename="../../referral_app/commands/reports.py" line="69"/>
        <location filename="../../referral_app/commands/residents.py" line="57"/>
        <source>FILE</source>
        <translation>FIL</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/database.py" line="48"/>
        <source>replace the SQLite database with a backup</source>
        <translation>erstat SQLite-databasen med en sikkerhedskopi</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/database.py" line="74"/>
        <source>Backup written to {path} ({size} bytes).</source>
        <translation>Sikkerhedskopien er skrevet til {path} ({size} byte).</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/database.py" line="87"/>
        <source>Restored from {path} (schema {revision}).</source>
        <translation>Gendannet fra {path} (skema {revision}).</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/database.py" line="109"/>
        <source>(empty database)</source>
        <translation>(tom database)</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/database.py" line="111"/>
        <source>up to date</source>
        <translation>opdateret</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/database.py" line="113"/>
        <source>needs upgrade</source>
        <translation>skal opgraderes</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/database.py" line="115"/>
        <source>newest</source>
        <translation>nyeste</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/database.py" line="122"/>
        <source>The database is up to date ({revision}); nothing was changed.</source>
        <translation>Databasen er opdateret ({revision}); intet blev ændret.</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/database.py" line="130"/>
        <source>Schema updated from {before} to {after}.</source>
        <translation>Skemaet er opdateret fra {before} til {after}.</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/database.py" line="131"/>
        <source>empty</source>
        <translation>tom</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/database.py" line="138"/>
        <source>A copy of the previous database is saved in {path}.</source>
        <translation>En kopi af den tidligere database er gemt i {path}.</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/database.py" line="146"/>
        <source>Directory loaded: {orgs} organizations, {services} services, {categories} categories, {addresses} address ranges, {rules} routing rules.</source>
        <translation>Tilbud indlæst: {orgs} organisationer, {services} tilbud, {categories} kategorier, {addresses} adresseintervaller, {rules} henvisningsregler.</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/database.py" line="160"/>
        <source>Categories brought up to the newer directory (nobody had edited them): {count}.</source>
        <translation>Kategorier opdateret til den nyere tilbudsliste (ingen havde rettet dem): {count}.</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/database.py" line="163"/>
        <source>Brought up to the newer directory (nobody had edited them): {services} services, {rules} routing rules, {addresses} address ranges.</source>
        <translation>Opdateret til den nyere tilbudsoversigt (ingen havde redigeret dem): {services} tilbud, {rules} henvisningsregler, {addresses} adresseintervaller.</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/directory.py" line="57"/>
        <source>Nothing in the directory matches.</source>
        <translation>Intet i tilbudsoversigten passer.</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/base.py" line="150"/>
        <source>Password for {user}: </source>
        <translation>Adgangskode for {user}: </translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/audit.py" line="53"/>
        <location filename="../../referral_app/commands/base.py" line="160"/>
        <source>NAME</source>
        <translation>NAVN</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/base.py" line="44"/>
        <source>usage: </source>
        <translation>brug: </translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/base.py" line="55"/>
        <source>positional arguments</source>
        <translation>positionelle argumenter</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/base.py" line="56"/>
        <source>options</source>
        <translation>tilvalg</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/base.py" line="59"/>
        <source>show this help message and exit</source>
        <translation>vis denne hjælp og afslut</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/base.py" line="161"/>
        <source>your staff username (the password is asked for)</source>
        <translation>dit medarbejder-brugernavn (du bliver spurgt om adgangskoden)</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/base.py" line="166"/>
        <source>read passwords from standard input, one per line</source>
        <translation>læs adgangskoder fra standard input, én pr. linje</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/base.py" line="191"/>
        <source>replace the file if it exists (never the database itself)</source>
        <translation>erstat filen, hvis den findes (aldrig selve databasen)</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/accounts.py" line="28"/>
        <source>staff accounts</source>
        <translation>medarbejderkonti</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/accounts.py" line="32"/>
        <source>create a staff account</source>
        <translation>opret en medarbejderkonto</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/accounts.py" line="33"/>
        <location filename="../../referral_app/commands/accounts.py" line="46"/>
        <source>USERNAME</source>
        <translation>BRUGERNAVN</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/accounts.py" line="35"/>
        <source>the person&apos;s full name</source>
        <translation>personens fulde navn</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/accounts.py" line="36"/>
        <source>list staff accounts</source>
        <translation>vis medarbejderkonti</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/accounts.py" line="41"/>
        <source>deactivate an account</source>
        <translation>deaktivér en konto</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/accounts.py" line="42"/>
        <source>activate an account again</source>
        <translation>aktivér en konto igen</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/accounts.py" line="43"/>
        <source>give an account a new password</source>
        <translation>giv en konto en ny adgangskode</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/accounts.py" line="56"/>
        <source>New password for {user}: </source>
        <translation>Ny adgangskode for {user}: </translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/accounts.py" line="58"/>
        <source>Repeat the password: </source>
        <translation>Gentag adgangskoden: </translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/accounts.py" line="87"/>
        <source>Administrator {user} created.</source>
        <translation>Administratoren {user} er oprettet.</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/accounts.py" line="98"/>
        <source>Account {user} created ({role}).</source>
        <translation>Kontoen {user} er oprettet ({role}).</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/accounts.py" line="112"/>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/accounts.py" line="112"/>
        <source>deactivated</source>
        <translation>deaktiveret</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/accounts.py" line="123"/>
        <source>{user} is active.</source>
        <translation>{user} er aktiv.</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/accounts.py" line="125"/>
        <source>{user} is deactivated.</source>
        <translation>{user} er deaktiveret.</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/accounts.py" line="133"/>
        <source>The password of {user} is changed.</source>
        <translation>Adgangskoden for {user} er skiftet.</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/audit.py" line="33"/>
        <source>the audit trail</source>
        <translation>logbogen over adgang til data</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/audit.py" line="37"/>
        <source>list audit entries, oldest first</source>
        <translation>vis logposter, ældste først</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/audit.py" line="41"/>
        <location filename="../../referral_app/commands/audit.py" line="47"/>
        <location filename="../../referral_app/commands/frontdesk.py" line="174"/>
        <location filename="../../referral_app/commands/frontdesk.py" line="180"/>
        <location filename="../../referral_app/commands/reports.py" line="55"/>
        <location filename="../../referral_app/commands/reports.py" line="57"/>
        <source>DATE</source>
        <translation>DATO</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/audit.py" line="42"/>
        <location filename="../../referral_app/commands/reports.py" line="56"/>
        <source>from this day (YYYY-MM-DD or DD.MM.YYYY)</source>
        <translation>fra denne dag (ÅÅÅÅ-MM-DD eller DD.MM.ÅÅÅÅ)</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/audit.py" line="48"/>
        <location filename="../../referral_app/commands/reports.py" line="58"/>
        <source>to and including this day</source>
        <translation>til og med denne dag</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/audit.py" line="54"/>
        <source>only this staff member&apos;s entries</source>
        <translation>kun denne medarbejders poster</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/audit.py" line="59"/>
        <source>only this kind of entry</source>
        <translation>kun denne slags poster</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/audit.py" line="65"/>
        <source>only entries about this resident</source>
        <translation>kun poster om denne beboer</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/audit.py" line="73"/>
        <source>check that no entry was changed, deleted or inserted (exit status 1 if one was)</source>
        <translation>kontrollér at ingen post er ændret, slettet eller indsat (afslutningsstatus 1 hvis en er)</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/audit.py" line="169"/>
        <source>The audit log is intact: {count} entries checked.</source>
        <translation>Loggen er intakt: {count} poster kontrolleret.</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/audit.py" line="180"/>
        <source>The audit log has been tampered with: {problem}.</source>
        <translation>Der er pillet ved loggen: {problem}.</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/referrals.py" line="31"/>
        <source>referrals and their follow-up</source>
        <translation>henvisninger og opfølgning på dem</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/referrals.py" line="40"/>
        <source>list referrals (open ones unless --status)</source>
        <translation>vis henvisninger (de åbne, medmindre --status er angivet)</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/referrals.py" line="45"/>
        <source>only referrals with this status</source>
        <translation>kun henvisninger med denne status</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/referrals.py" line="48"/>
        <source>only overdue referrals</source>
        <translation>kun henvisninger med overskredet opfølgning</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/referrals.py" line="53"/>
        <source>give a referral a new status</source>
        <translation>giv en henvisning en ny status</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/referrals.py" line="57"/>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/referrals.py" line="63"/>
        <source>why it was declined or not completed</source>
        <translation>hvorfor den blev afvist eller ikke gennemført</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/referrals.py" line="65"/>
        <source>a short note for the history</source>
        <translation>en kort note til historikken</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/referrals.py" line="70"/>
        <source>the version you looked at; refused if someone changed it since</source>
        <translation>den version, du så; afvises, hvis en anden har ændret den siden</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/referrals.py" line="94"/>
        <source>Referral {id} is now: {status}.</source>
        <translation>Henvisning {id} er nu: {status}.</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/referrals.py" line="117"/>
        <source>No referrals match.</source>
        <translation>Ingen henvisninger passer.</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/demo.py" line="23"/>
        <source>fill an empty database with made-up residents, inquiries and counts</source>
        <translation>fyld en tom database med opdigtede beboere, henvendelser og optællinger</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/demo.py" line="33"/>
        <source>how many residents (1-{maximum})</source>
        <translation>hvor mange beboere (1-{maximum})</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/demo.py" line="41"/>
        <source>how many inquiries (1-{maximum})</source>
        <translation>hvor mange henvendelser (1-{maximum})</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/demo.py" line="48"/>
        <source>how many one-key counts (default: half the inquiries)</source>
        <translation>hvor mange optællinger med én tast (standard: halvdelen af henvendelserne)</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/demo.py" line="54"/>
        <source>the same seed gives the same data (default: {seed})</source>
        <translation>samme startværdi giver samme data (standard: {seed})</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/demo.py" line="69"/>
        <source>Residents</source>
        <translation>Beboere</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/demo.py" line="70"/>
        <source>Inquiries</source>
        <translation>Henvendelser</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/demo.py" line="71"/>
        <source>Counts</source>
        <translation>Optællinger</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/demo.py" line="72"/>
        <source>Referrals</source>
        <translation>Henvisninger</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/demo.py" line="73"/>
        <source>Search index and statistics</source>
        <translation>Søgeindeks og statistik</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/demo.py" line="112"/>
        <source>Demo data made with seed {seed}: {residents} residents, {inquiries} inquiries ({anonymous} anonymous) and {tallies} counts from {first} to {last}.</source>
        <translation>Demodata lavet med startværdi {seed}: {residents} beboere, {inquiries} henvendelser ({anonymous} anonyme) og {tallies} optællinger fra {first} til {last}.</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/demo.py" line="128"/>
        <source>Everything is made up and marked as demo data. Never use this database for real residents.</source>
        <translation>Alt er opdigtet og markeret som demodata. Brug aldrig denne database til rigtige beboere.</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/demo.py" line="137"/>
        <source>DEMO ACCOUNTS, for training only. Their password is shown this once and is the same for all: {password}</source>
        <translation>DEMOKONTI, kun til træning. Adgangskoden vises kun denne ene gang og er den samme for alle: {password}</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/privacy.py" line="18"/>
        <source>anonymize and delete data whose time is up</source>
        <translation>anonymisér og slet data, hvis tid er udløbet</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/privacy.py" line="26"/>
        <source>run the retention rules now</source>
        <translation>kør reglerne for opbevaring nu</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/privacy.py" line="30"/>
        <source>only say what would happen; change nothing</source>
        <translation>fortæl kun, hvad der ville ske; ændr intet</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/privacy.py" line="41"/>
        <source>Would anonymize {residents} residents (no activity since {resident_cutoff}) and delete {entries} audit entries (older than {audit_cutoff}). Nothing was changed.</source>
        <translation>Ville anonymisere {residents} beboere (ingen aktivitet siden {resident_cutoff}) og slette {entries} logposter (ældre end {audit_cutoff}). Intet blev ændret.</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/privacy.py" line="47"/>
        <source>Anonymized {residents} residents (no activity since {resident_cutoff}) and deleted {entries} audit entries (older than {audit_cutoff}).</source>
        <translation>Anonymiserede {residents} beboere (ingen aktivitet siden {resident_cutoff}) og slettede {entries} logposter (ældre end {audit_cutoff}).</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/frontdesk.py" line="112"/>
        <location filename="../../referral_app/commands/frontdesk.py" line="190"/>
        <source>CHANNEL</source>
        <translation>KANAL</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/frontdesk.py" line="113"/>
        <source>how it came in: {choices} (default: walk_in)</source>
        <translation>hvordan den kom ind: {choices} (standard: walk_in)</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/frontdesk.py" line="123"/>
        <source>log and list inquiries</source>
        <translation>registrér og vis henvendelser</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/frontdesk.py" line="130"/>
        <source>log an inquiry</source>
        <translation>registrér en henvendelse</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/frontdesk.py" line="134"/>
        <location filename="../../referral_app/commands/frontdesk.py" line="151"/>
        <location filename="../../referral_app/commands/frontdesk.py" line="189"/>
        <location filename="../../referral_app/commands/frontdesk.py" line="193"/>
        <location filename="../../referral_app/commands/frontdesk.py" line="389"/>
        <location filename="../../referral_app/commands/routing.py" line="44"/>
        <location filename="../../referral_app/commands/routing.py" line="57"/>
        <source>CODE</source>
        <translation>KODE</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/frontdesk.py" line="135"/>
        <source>the category&apos;s code, e.g. bolig.vedligehold</source>
        <translation>kategoriens kode, f.eks. bolig.vedligehold</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/frontdesk.py" line="142"/>
        <source>what the inquiry is about (never a CPR number)</source>
        <translation>hvad henvendelsen handler om (aldrig et CPR-nummer)</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/frontdesk.py" line="147"/>
        <source>the resident&apos;s number, for a named inquiry</source>
        <translation>beboerens nummer, for en henvendelse med navn</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/frontdesk.py" line="152"/>
        <source>the language spoken, e.g. da, ar or so</source>
        <translation>det talte sprog, f.eks. da, ar eller so</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/frontdesk.py" line="155"/>
        <location filename="../../referral_app/commands/residents.py" line="77"/>
        <source>an interpreter is needed</source>
        <translation>der er brug for tolk</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/frontdesk.py" line="160"/>
        <source>URGENCY</source>
        <translation>HASTEGRAD</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/frontdesk.py" line="161"/>
        <source>{choices} (default: normal)</source>
        <translation>{choices} (standard: normal)</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/frontdesk.py" line="169"/>
        <source>list inquiries received in a period, newest first</source>
        <translation>vis henvendelser modtaget i en periode, nyeste først</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/frontdesk.py" line="175"/>
        <source>first day, e.g. 2025-03-01 or 01.03.2025</source>
        <translation>første dag, f.eks. 2025-03-01 eller 01.03.2025</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/frontdesk.py" line="181"/>
        <source>last day (included)</source>
        <translation>sidste dag (medregnet)</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/frontdesk.py" line="186"/>
        <source>correct a saved inquiry (your own the same day; a coordinator any day)</source>
        <translation>ret en gemt henvendelse (din egen samme dag; en koordinator når som helst)</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/frontdesk.py" line="189"/>
        <source>the new category</source>
        <translation>den nye kategori</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/frontdesk.py" line="190"/>
        <source>how it came in: {choices}</source>
        <translation>hvordan den kom ind: {choices}</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/frontdesk.py" line="192"/>
        <source>the new description</source>
        <translation>den nye beskrivelse</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/frontdesk.py" line="193"/>
        <source>the language spoken; - for none</source>
        <translation>det talte sprog; - for intet</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/frontdesk.py" line="195"/>
        <source>the resident&apos;s number; - for an anonymous inquiry</source>
        <translation>beboerens nummer; - for en anonym henvendelse</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/frontdesk.py" line="239"/>
        <source>Inquiry {id} already says that; nothing was changed.</source>
        <translation>Henvendelse {id} siger allerede det; intet blev ændret.</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/frontdesk.py" line="242"/>
        <source>Inquiry {id} corrected: {category} ({channel}).</source>
        <translation>Henvendelse {id} rettet: {category} ({channel}).</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/frontdesk.py" line="269"/>
        <source>Inquiry {id} saved: {category} ({channel}).</source>
        <translation>Henvendelse {id} er gemt: {category} ({channel}).</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/frontdesk.py" line="326"/>
        <source>resident {id}</source>
        <translation>beboer {id}</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/frontdesk.py" line="328"/>
        <source>anonymous</source>
        <translation>anonym</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/frontdesk.py" line="344"/>
        <source>No inquiries in this period.</source>
        <translation>Ingen henvendelser i denne periode.</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/frontdesk.py" line="385"/>
        <source>count an anonymous inquiry in a category</source>
        <translation>tæl en anonym henvendelse i en kategori</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/frontdesk.py" line="390"/>
        <source>the category&apos;s code, e.g. digital.mitid</source>
        <translation>kategoriens kode, f.eks. digital.mitid</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/frontdesk.py" line="406"/>
        <source>Counted: {category} ({channel}). Today in this category: {count}.</source>
        <translation>Talt: {category} ({channel}). I dag i denne kategori: {count}.</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/residents.py" line="45"/>
        <source>the resident register</source>
        <translation>beboerregistret</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/residents.py" line="49"/>
        <source>find residents by name, phone, address or e-mail</source>
        <translation>find beboere efter navn, telefon, adresse eller e-mail</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/residents.py" line="51"/>
        <source>what to look for; typos and ae/oe/aa for æ/ø/å are fine</source>
        <translation>hvad der skal søges efter; tastefejl og ae/oe/aa for æ/ø/å er i orden</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/residents.py" line="53"/>
        <source>everything held about a resident and every lookup of it (the access report)</source>
        <translation>alt, hvad der er registreret om en beboer, og hvert opslag i det (indsigtsrapporten)</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/residents.py" line="60"/>
        <source>language of the report</source>
        <translation>rapportens sprog</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/residents.py" line="61"/>
        <source>erase a resident&apos;s identifying data on request</source>
        <translation>slet en beboers identificerende oplysninger efter anmodning</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/residents.py" line="64"/>
        <source>confirm; without it, only show what would be erased</source>
        <translation>bekræft; uden den vises kun, hvad der ville blive slettet</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/residents.py" line="65"/>
        <source>correct a resident&apos;s details; options not given keep their value, - empties one</source>
        <translation>ret en beboers oplysninger; tilvalg der ikke gives, beholder deres værdi, - tømmer et felt</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/residents.py" line="68"/>
        <source>the full name</source>
        <translation>det fulde navn</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/residents.py" line="69"/>
        <source>the phone number</source>
        <translation>telefonnummeret</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/residents.py" line="70"/>
        <source>the e-mail address</source>
        <translation>e-mailadressen</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/residents.py" line="71"/>
        <source>street, number and floor, e.g. &quot;Høje Gladsaxe 34, 3. tv&quot;</source>
        <translation>gade, nummer og etage, fx &quot;Høje Gladsaxe 34, 3. tv&quot;</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/residents.py" line="72"/>
        <source>the postal code</source>
        <translation>postnummeret</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/residents.py" line="73"/>
        <source>the city</source>
        <translation>byen</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/residents.py" line="74"/>
        <source>the birth year, e.g. 1984</source>
        <translation>fødselsåret, fx 1984</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/residents.py" line="75"/>
        <source>the preferred language, e.g. ar</source>
        <translation>det foretrukne sprog, fx ar</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/residents.py" line="78"/>
        <source>merge two records of the same person: inquiries, referrals and consents move to the first</source>
        <translation>sammenlæg to registreringer af samme person: henvendelser, henvisninger og samtykker flyttes til den første</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/residents.py" line="80"/>
        <source>KEEP</source>
        <translation>BEHOLD</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/residents.py" line="81"/>
        <source>OTHER</source>
        <translation>ANDEN</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/residents.py" line="82"/>
        <source>FIELDS</source>
        <translation>FELTER</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/residents.py" line="82"/>
        <source>details where the other record&apos;s value wins, comma-separated: {fields}</source>
        <translation>oplysninger hvor den anden registrerings værdi vinder, adskilt med komma: {fields}</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/residents.py" line="144"/>
        <source>Resident {id} saved: {name}, {phone}, {address}.</source>
        <translation>Beboer {id} gemt: {name}, {phone}, {address}.</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/residents.py" line="161"/>
        <source>Resident {other} is merged into resident {keep} ({name}); its inquiries, referrals and consents moved with it.</source>
        <translation>Beboer {other} er lagt sammen med beboer {keep} ({name}); henvendelser, henvisninger og samtykker er flyttet med.</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/residents.py" line="178"/>
        <source>No residents match.</source>
        <translation>Ingen beboere passer til søgningen.</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/residents.py" line="209"/>
        <source>The access report for resident {id} is in {path}.</source>
        <translation>Indsigtsrapporten for beboer {id} ligger i {path}.</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/residents.py" line="220"/>
        <source>Resident {id} ({name}): removes {fields}; keeps {inquiries} inquiries, {referrals} referrals and {consents} consents without them.</source>
        <translation>Beboer {id} ({name}): fjerner {fields}; beholder {inquiries} henvendelser, {referrals} henvisninger og {consents} samtykker uden dem.</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/residents.py" line="225"/>
        <source>Nothing was erased. Add --yes to erase.</source>
        <translation>Intet blev slettet. Tilføj --yes for at slette.</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/residents.py" line="229"/>
        <source>Resident {id} is erased.</source>
        <translation>Beboer {id} er slettet.</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/routing.py" line="33"/>
        <source>suggest services for an inquiry, with reasons</source>
        <translation>foreslå tilbud til en henvendelse, med begrundelser</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/routing.py" line="40"/>
        <source>what the inquiry is about, in the resident&apos;s words</source>
        <translation>hvad henvendelsen handler om, med beboerens egne ord</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/routing.py" line="45"/>
        <source>the category, if known (e.g. bolig.vedligehold)</source>
        <translation>kategorien, hvis den kendes (fx bolig.vedligehold)</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/routing.py" line="49"/>
        <source>ADDRESS</source>
        <translation>ADRESSE</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/routing.py" line="50"/>
        <source>the resident&apos;s address (e.g. &quot;Høje Gladsaxe 34, 3. tv&quot;)</source>
        <translation>beboerens adresse (fx &quot;Høje Gladsaxe 34, 3. tv&quot;)</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/routing.py" line="53"/>
        <source>the resident&apos;s age in years</source>
        <translation>beboerens alder i år</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/routing.py" line="58"/>
        <source>the resident&apos;s language as a two-letter code (e.g. ar, so, tr)</source>
        <translation>beboerens sprog som en kode på to bogstaver (fx ar, so, tr)</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/routing.py" line="64"/>
        <source>how many suggestions to show (default 5)</source>
        <translation>hvor mange forslag der vises (standard 5)</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/routing.py" line="118"/>
        <source>No suggestions.</source>
        <translation>Ingen forslag.</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/routing.py" line="121"/>
        <source>{number}. {service} – {organization} (no. {id}, score {score})</source>
        <translation>{number}. {service} – {organization} (nr. {id}, point {score})</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/reports.py" line="59"/>
        <source>PERIOD</source>
        <translation>PERIODE</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/reports.py" line="60"/>
        <source>a whole year, quarter or month instead: 2026, 2026-Q3 or 2026-09</source>
        <translation>et helt år, kvartal eller måned i stedet: 2026, 2026-Q3 eller 2026-09</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/reports.py" line="85"/>
        <source>make a PDF: a slip, a case summary or statistics</source>
        <translation>lav en PDF: en seddel, en sagsoversigt eller statistik</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/reports.py" line="86"/>
        <source>REPORT</source>
        <translation>RAPPORT</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/reports.py" line="88"/>
        <source>the resident&apos;s slip for a referral</source>
        <translation>beboerens seddel til en henvisning</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/reports.py" line="92"/>
        <source>da: Danish alone; another code: that language alongside Danish; default: the language recorded for the resident</source>
        <translation>da: kun dansk; en anden kode: det sprog sammen med dansk; standard: det sprog, der er registreret for beboeren</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/reports.py" line="94"/>
        <source>the case summary of an inquiry</source>
        <translation>sagsoversigten for en henvendelse</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/reports.py" line="96"/>
        <source>ORGANIZATION</source>
        <translation>ORGANISATION</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/reports.py" line="97"/>
        <source>for this organization (key or number): only what the resident consented to share with it; default: for our own file</source>
        <translation>til denne organisation (nøgle eller nummer): kun det, beboeren har givet samtykke til at dele med den; standard: til vores egen journal</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/reports.py" line="99"/>
        <location filename="../../referral_app/commands/reports.py" line="102"/>
        <source>language of the report: da or en</source>
        <translation>rapportens sprog: da eller en</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/reports.py" line="100"/>
        <source>the statistics for a period</source>
        <translation>statistikken for en periode</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/reports.py" line="104"/>
        <source>the PDF file to write</source>
        <translation>PDF-filen der skal skrives</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/reports.py" line="109"/>
        <source>the statistics&apos; figures for a period</source>
        <translation>statistikkens tal for en periode</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/reports.py" line="111"/>
        <source>print every figure as JSON</source>
        <translation>udskriv alle tal som JSON</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/reports.py" line="116"/>
        <source>export data for a spreadsheet</source>
        <translation>eksportér data til et regneark</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/reports.py" line="117"/>
        <source>WHAT</source>
        <translation>HVAD</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/reports.py" line="120"/>
        <source>inquiries and quick counts as CSV (UTF-8 with BOM, for Excel)</source>
        <translation>henvendelser og hurtige optællinger som CSV (UTF-8 med BOM, til Excel)</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/reports.py" line="122"/>
        <source>the CSV file to write</source>
        <translation>CSV-filen der skal skrives</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/reports.py" line="124"/>
        <source>column separator (default ; as a Danish Excel expects)</source>
        <translation>kolonneskilletegn (standard ; som et dansk Excel forventer)</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/reports.py" line="126"/>
        <source>include names and descriptions (coordinators only)</source>
        <translation>medtag navne og beskrivelser (kun koordinatorer)</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/reports.py" line="127"/>
        <source>language of the column headers: da or en</source>
        <translation>sproget i kolonneoverskrifterne: da eller en</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/reports.py" line="188"/>
        <source>Wrote {path}.</source>
        <translation>Gemte {path}.</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/reports.py" line="206"/>
        <source>Period: {start} to {end}</source>
        <translation>Periode: {start} til {end}</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/reports.py" line="208"/>
        <source>Inquiries: {total} ({anonymous} anonymous, {named} named); unique residents: {unique}, repeat visitors: {repeat}</source>
        <translation>Henvendelser: {total} ({anonymous} anonyme, {named} med navn); forskellige beboere: {unique}, gengangere: {repeat}</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/reports.py" line="214"/>
        <source>Referrals: {total}; completed: {completed}; completion rate: {rate}; median days to completion: {median}; overdue: {overdue}</source>
        <translation>Henvisninger: {total}; gennemførte: {completed}; gennemførelsesrate: {rate}; median dage til gennemført: {median}; overskredne opfølgninger: {overdue}</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/reports.py" line="217"/>
        <source>Every figure: --json; the PDF: referral-app report stats.</source>
        <translation>Alle tal: --json; PDF&apos;en: referral-app report stats.</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/reports.py" line="230"/>
        <source>Wrote {count} rows to {path}.</source>
        <translation>Gemte {count} rækker i {path}.</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/directory_hsds.py" line="34"/>
        <source>write the directory as Open Referral HSDS 3.0 (JSON or CSV)</source>
        <translation>skriv tilbudskataloget som Open Referral HSDS 3.0 (JSON eller CSV)</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/directory_hsds.py" line="36"/>
        <source>hsds-json: one JSON file; hsds-csv: a folder of CSV files</source>
        <translation>hsds-json: én JSON-fil; hsds-csv: en mappe med CSV-filer</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/directory_hsds.py" line="37"/>
        <location filename="../../referral_app/commands/directory_hsds.py" line="43"/>
        <source>PATH</source>
        <translation>STI</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/directory_hsds.py" line="38"/>
        <source>the JSON file, or the folder for the CSV files</source>
        <translation>JSON-filen eller mappen til CSV-filerne</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/directory_hsds.py" line="42"/>
        <source>read Open Referral HSDS 3.0 services into the directory</source>
        <translation>indlæs Open Referral HSDS 3.0-tilbud i tilbudskataloget</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/directory_hsds.py" line="44"/>
        <source>a .json file, or a folder with datapackage.json and CSV files</source>
        <translation>en .json-fil eller en mappe med datapackage.json og CSV-filer</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/directory_hsds.py" line="46"/>
        <source>only show what would be added, changed and left alone</source>
        <translation>vis kun, hvad der ville blive tilføjet, ændret og ladt uændret</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/directory_hsds.py" line="51"/>
        <source>taxonomy terms imported from other taxonomies, and what they map to</source>
        <translation>taksonomi-emner importeret fra andre taksonomier, og hvad de er koblet til</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/directory_hsds.py" line="54"/>
        <source>map an imported taxonomy term to one of our categories</source>
        <translation>kobl et importeret taksonomi-emne til en af vores kategorier</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/directory_hsds.py" line="55"/>
        <source>TERM</source>
        <translation>EMNE</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/directory_hsds.py" line="56"/>
        <source>the term&apos;s code (hsds-…) or HSDS id, see directory terms</source>
        <translation>emnets kode (hsds-…) eller HSDS-id, se directory terms</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/directory_hsds.py" line="57"/>
        <source>CATEGORY</source>
        <translation>KATEGORI</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/directory_hsds.py" line="58"/>
        <source>our category&apos;s code, e.g. faellesskab.aktiviteter</source>
        <translation>vores kategoris kode, f.eks. faellesskab.aktiviteter</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/directory_hsds.py" line="61"/>
        <source>one service, by number or HSDS id</source>
        <translation>ét tilbud, efter nummer eller HSDS-id</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/directory_hsds.py" line="64"/>
        <source>print the HSDS 3.0 service object as JSON</source>
        <translation>udskriv HSDS 3.0-tilbudsobjektet som JSON</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/directory_hsds.py" line="89"/>
        <source>No imported taxonomy terms.</source>
        <translation>Ingen importerede taksonomi-emner.</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/directory_hsds.py" line="91"/>
        <source>(not mapped: does not route)</source>
        <translation>(ikke koblet: bruges ikke til henvisning)</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/directory_hsds.py" line="101"/>
        <source>Mapped {term} to {category}; {count} services route by it now.</source>
        <translation>Koblede {term} til {category}; {count} tilbud henvises nu efter den.</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/directory_hsds.py" line="117"/>
        <source>Wrote {count} services to {path}.</source>
        <translation>Skrev {count} tilbud til {path}.</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/directory_hsds.py" line="144"/>
        <source>Dry run of {source}: nothing was written.</source>
        <translation>Prøvekørsel af {source}: intet blev gemt.</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/directory_hsds.py" line="145"/>
        <source>Imported {source}.</source>
        <translation>Importerede {source}.</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/directory_hsds.py" line="148"/>
        <source>organizations</source>
        <translation>organisationer</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/directory_hsds.py" line="149"/>
        <source>locations</source>
        <translation>adresser</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/directory_hsds.py" line="150"/>
        <source>services</source>
        <translation>tilbud</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/directory_hsds.py" line="151"/>
        <source>categories</source>
        <translation>kategorier</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/directory_hsds.py" line="154"/>
        <source>  {what}: {added} added, {changed} changed, {unchanged} unchanged</source>
        <translation>  {what}: {added} tilføjet, {changed} ændret, {unchanged} uændret</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/directory_hsds.py" line="162"/>
        <source>Categories to map before they route: {terms}</source>
        <translation>Kategorier, der skal kobles, før de bruges til henvisning: {terms}</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/directory_hsds.py" line="185"/>
        <source>Status: {status}</source>
        <translation>Status: {status}</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/directory_hsds.py" line="191"/>
        <source>Phone: {number}</source>
        <translation>Telefon: {number}</translation>
    </message>
    <message>
        <location filename="../../referral_app/__main__.py" line="88"/>
        <source>{argument} is not valid UTF-8 text</source>
        <translation>{argument} er ikke gyldig UTF-8-tekst</translation>
    </message>
</context>
<context>
    <name>enums</name>
    <message>
        <location filename="../../referral_app/domain/accounts.py" line="70"/>
        <source>log inquiries</source>
        <translation>registrere henvendelser</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/accounts.py" line="71"/>
        <source>view a resident</source>
        <translation>se en beboer</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/accounts.py" line="72"/>
        <source>search residents</source>
        <translation>søge efter beboere</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/accounts.py" line="73"/>
        <source>edit residents</source>
        <translation>redigere beboere</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/accounts.py" line="74"/>
        <source>merge residents</source>
        <translation>sammenlægge beboere</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/accounts.py" line="75"/>
        <source>record consent</source>
        <translation>registrere samtykke</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/accounts.py" line="76"/>
        <source>refer to a service</source>
        <translation>henvise til et tilbud</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/accounts.py" line="77"/>
        <source>review the referral queue</source>
        <translation>gennemgå henvisningskøen</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/accounts.py" line="78"/>
        <source>view the directory</source>
        <translation>se tilbudsoversigten</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/accounts.py" line="79"/>
        <source>edit the directory</source>
        <translation>redigere tilbudsoversigten</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/accounts.py" line="80"/>
        <source>print slips</source>
        <translation>udskrive sedler</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/accounts.py" line="81"/>
        <source>print case summaries</source>
        <translation>udskrive sagsresuméer</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/accounts.py" line="82"/>
        <source>print statistics</source>
        <translation>udskrive statistik</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/accounts.py" line="83"/>
        <source>export inquiries</source>
        <translation>eksportere henvendelser</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/accounts.py" line="84"/>
        <source>export with names</source>
        <translation>eksportere med navne</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/accounts.py" line="85"/>
        <source>read the audit log</source>
        <translation>læse logbogen</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/accounts.py" line="86"/>
        <source>manage staff accounts</source>
        <translation>administrere medarbejderkonti</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/accounts.py" line="87"/>
        <source>change settings</source>
        <translation>ændre indstillinger</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/accounts.py" line="88"/>
        <source>erase personal data</source>
        <translation>slette personoplysninger</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/accounts.py" line="89"/>
        <source>run data retention</source>
        <translation>køre sletning efter opbevaringsperioden</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/accounts.py" line="90"/>
        <source>back up and restore</source>
        <translation>tage backup og gendanne</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/audit.py" line="32"/>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/audit.py" line="33"/>
        <source>Logout</source>
        <translation>Log ud</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/audit.py" line="34"/>
        <source>Failed login</source>
        <translation>Mislykket login</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/audit.py" line="35"/>
        <source>Account locked</source>
        <translation>Konto låst</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/audit.py" line="36"/>
        <source>Screen unlocked</source>
        <translation>Skærm låst op</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/audit.py" line="37"/>
        <source>View</source>
        <translation>Visning</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/audit.py" line="38"/>
        <source>Search</source>
        <translation>Søgning</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/audit.py" line="39"/>
        <source>Create</source>
        <translation>Oprettelse</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/audit.py" line="40"/>
        <source>Change</source>
        <translation>Ændring</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/audit.py" line="41"/>
        <source>Delete</source>
        <translation>Sletning</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/audit.py" line="42"/>
        <source>Merge</source>
        <translation>Sammenlægning</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/audit.py" line="43"/>
        <source>Export</source>
        <translation>Eksport</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/audit.py" line="44"/>
        <source>Print</source>
        <translation>Udskrift</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/audit.py" line="45"/>
        <source>Anonymize</source>
        <translation>Anonymisering</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/audit.py" line="46"/>
        <source>Retention run</source>
        <translation>Sletning efter opbevaringsperiode</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/audit.py" line="47"/>
        <source>Permission denied</source>
        <translation>Adgang nægtet</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/enums.py" line="102"/>
        <source>Housing organization</source>
        <translation>Boligorganisation</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/enums.py" line="103"/>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/enums.py" line="104"/>
        <source>State authority</source>
        <translation>Statslig myndighed</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/enums.py" line="105"/>
        <source>Library</source>
        <translation>Bibliotek</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/enums.py" line="106"/>
        <source>Association</source>
        <translation>Forening</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/enums.py" line="107"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/enums.py" line="108"/>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/enums.py" line="109"/>
        <source>Closed down</source>
        <translation>Nedlagt</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/enums.py" line="110"/>
        <source>Temporarily closed</source>
        <translation>Midlertidigt lukket</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/enums.py" line="111"/>
        <source>All numbers</source>
        <translation>Alle numre</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/enums.py" line="112"/>
        <source>Odd numbers</source>
        <translation>Ulige numre</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/enums.py" line="113"/>
        <source>Even numbers</source>
        <translation>Lige numre</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/enums.py" line="114"/>
        <source>Education and life chances</source>
        <translation>Uddannelse og livschancer</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/enums.py" line="115"/>
        <source>Employment</source>
        <translation>Beskæftigelse</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/enums.py" line="116"/>
        <source>Crime prevention</source>
        <translation>Kriminalitetsforebyggelse</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/enums.py" line="117"/>
        <source>Cohesion and citizenship</source>
        <translation>Sammenhængskraft og medborgerskab</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/enums.py" line="118"/>
        <source>Walk-in</source>
        <translation>Personligt fremmøde</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/enums.py" line="119"/>
        <location filename="../../referral_app/domain/residents.py" line="47"/>
        <location filename="../../referral_app/domain/residents.py" line="138"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/enums.py" line="120"/>
        <location filename="../../referral_app/domain/residents.py" line="49"/>
        <location filename="../../referral_app/domain/residents.py" line="139"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/enums.py" line="121"/>
        <source>Outreach</source>
        <translation>Opsøgende</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/enums.py" line="122"/>
        <source>Low</source>
        <translation>Lav</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/enums.py" line="123"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/enums.py" line="124"/>
        <source>High</source>
        <translation>Høj</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/enums.py" line="125"/>
        <source>Acute</source>
        <translation>Akut</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/enums.py" line="126"/>
        <source>Open</source>
        <translation>Åben</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/enums.py" line="127"/>
        <source>Referred</source>
        <translation>Henvist</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/enums.py" line="128"/>
        <source>Answered</source>
        <translation>Besvaret</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/enums.py" line="129"/>
        <source>Closed</source>
        <translation>Lukket</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/enums.py" line="130"/>
        <source>Logged</source>
        <translation>Noteret</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/enums.py" line="131"/>
        <source>Handed over</source>
        <translation>Overdraget</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/enums.py" line="132"/>
        <source>Proposed</source>
        <translation>Foreslået</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/enums.py" line="133"/>
        <source>Sent</source>
        <translation>Sendt</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/enums.py" line="134"/>
        <source>Accepted</source>
        <translation>Accepteret</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/enums.py" line="135"/>
        <source>Declined</source>
        <translation>Afvist</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/enums.py" line="136"/>
        <source>Completed</source>
        <translation>Gennemført</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/enums.py" line="137"/>
        <source>Not completed</source>
        <translation>Ikke gennemført</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/enums.py" line="138"/>
        <source>Cancelled</source>
        <translation>Annulleret</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/enums.py" line="139"/>
        <source>Referred elsewhere</source>
        <translation>Henvist videre</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/enums.py" line="140"/>
        <source>Resident declined</source>
        <translation>Beboeren takkede nej</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/enums.py" line="141"/>
        <source>No capacity</source>
        <translation>Ingen kapacitet</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/enums.py" line="142"/>
        <source>No longer needed</source>
        <translation>Ikke længere nødvendig</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/enums.py" line="143"/>
        <source>Could not reach resident</source>
        <translation>Kunne ikke få fat i beboeren</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/enums.py" line="144"/>
        <source>Could not reach service</source>
        <translation>Kunne ikke få fat i tilbuddet</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/enums.py" line="145"/>
        <source>Other</source>
        <translation>Andet</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/enums.py" line="146"/>
        <source>Front desk</source>
        <translation>Skranke</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/enums.py" line="147"/>
        <source>Coordinator</source>
        <translation>Koordinator</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/enums.py" line="148"/>
        <source>Manager</source>
        <translation>Leder</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/enums.py" line="149"/>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/enums.py" line="150"/>
        <source>Store personal data</source>
        <translation>Opbevare personoplysninger</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/enums.py" line="151"/>
        <source>Hand over to an organization</source>
        <translation>Overdrage til en organisation</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/enums.py" line="155"/>
        <source>Monday</source>
        <translation>Mandag</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/enums.py" line="156"/>
        <source>Tuesday</source>
        <translation>Tirsdag</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/enums.py" line="157"/>
        <source>Wednesday</source>
        <translation>Onsdag</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/enums.py" line="158"/>
        <source>Thursday</source>
        <translation>Torsdag</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/enums.py" line="159"/>
        <source>Friday</source>
        <translation>Fredag</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/enums.py" line="160"/>
        <source>Saturday</source>
        <translation>Lørdag</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/enums.py" line="161"/>
        <source>Sunday</source>
        <translation>Søndag</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/residents.py" line="46"/>
        <location filename="../../referral_app/domain/residents.py" line="137"/>
        <source>Name</source>
        <extracomment>What a merge can take from either record; the rest of the history (inquiries, referrals, consents) always moves to the kept record.</extracomment>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/residents.py" line="48"/>
        <location filename="../../referral_app/domain/residents.py" line="140"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/residents.py" line="50"/>
        <source>Same phone number</source>
        <translation>Samme telefonnummer</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/residents.py" line="51"/>
        <source>Similar name at the same address</source>
        <translation>Lignende navn på samme adresse</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/residents.py" line="141"/>
        <source>Birth year</source>
        <translation>Fødselsår</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/residents.py" line="142"/>
        <source>Language</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/referrals.py" line="58"/>
        <source>No follow-up</source>
        <translation>Ingen opfølgning</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/referrals.py" line="59"/>
        <source>On track</source>
        <translation>I god tid</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/referrals.py" line="60"/>
        <source>Due soon</source>
        <translation>Forfalder snart</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/referrals.py" line="61"/>
        <source>Overdue</source>
        <translation>Overskredet</translation>
    </message>
    <message>
        <location filename="../../referral_app/services/demo.py" line="166"/>
        <source>residents</source>
        <translation>beboere</translation>
    </message>
    <message>
        <location filename="../../referral_app/services/demo.py" line="167"/>
        <source>inquiries</source>
        <translation>henvendelser</translation>
    </message>
    <message>
        <location filename="../../referral_app/services/demo.py" line="168"/>
        <source>counts</source>
        <translation>optællinger</translation>
    </message>
    <message>
        <location filename="../../referral_app/services/demo.py" line="169"/>
        <source>referrals</source>
        <translation>henvisninger</translation>
    </message>
    <message>
        <location filename="../../referral_app/services/demo.py" line="182"/>
        <source>staff accounts</source>
        <translation>medarbejderkonti</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/hsds.py" line="81"/>
        <source>expected a service object, a list of them or an API page with contents</source>
        <translation>der forventes et tilbudsobjekt, en liste af dem eller en API-side med contents</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/hsds.py" line="83"/>
        <source>there is no such file or folder</source>
        <translation>filen eller mappen findes ikke</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/hsds.py" line="84"/>
        <source>the file cannot be read</source>
        <translation>filen kan ikke læses</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/hsds.py" line="85"/>
        <source>it lists no CSV files (resources)</source>
        <translation>den nævner ingen CSV-filer (resources)</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/hsds.py" line="86"/>
        <source>services.csv is not among its resources</source>
        <translation>services.csv er ikke blandt dens filer</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/hsds.py" line="87"/>
        <source>it is not readable CSV</source>
        <translation>den er ikke læsbar CSV</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/hsds.py" line="88"/>
        <source>an item is not a JSON object</source>
        <translation>et element er ikke et JSON-objekt</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/hsds.py" line="89"/>
        <source>it is nested too deeply or holds a number with too many digits to read</source>
        <translation>er indlejret for dybt eller indeholder et tal med for mange cifre til at kunne læses</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/hsds.py" line="260"/>
        <source>is missing</source>
        <translation>mangler</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/hsds.py" line="261"/>
        <source>must be text</source>
        <translation>skal være tekst</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/hsds.py" line="262"/>
        <source>must be a number</source>
        <translation>skal være et tal</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/hsds.py" line="263"/>
        <source>must be an age from 0 to 120</source>
        <translation>skal være en alder fra 0 til 120</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/hsds.py" line="264"/>
        <source>must be a list of objects</source>
        <translation>skal være en liste af objekter</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/hsds.py" line="265"/>
        <source>must be an object</source>
        <translation>skal være et objekt</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/hsds.py" line="266"/>
        <source>must be active, inactive, defunct or temporarily closed</source>
        <translation>skal være active, inactive, defunct eller temporarily closed</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/hsds.py" line="267"/>
        <source>must be a time such as 09:30</source>
        <translation>skal være et klokkeslæt som 09:30</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/hsds.py" line="268"/>
        <source>must be a date such as 2026-01-31</source>
        <translation>skal være en dato som 2026-01-31</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/hsds.py" line="269"/>
        <source>is not after opens_at</source>
        <translation>ligger ikke efter opens_at</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/hsds.py" line="270"/>
        <source>must list weekdays such as MO,TU</source>
        <translation>skal angive ugedage som MO,TU</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/hsds.py" line="271"/>
        <source>is below minimum_age</source>
        <translation>er lavere end minimum_age</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/hsds.py" line="272"/>
        <source>is before valid_from</source>
        <translation>ligger før valid_from</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/hsds.py" line="273"/>
        <source>must be a UUID</source>
        <translation>skal være et UUID</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/hsds.py" line="274"/>
        <source>must be WEEKLY or MONTHLY</source>
        <translation>skal være WEEKLY eller MONTHLY</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/hsds.py" line="275"/>
        <source>must be true or false</source>
        <translation>skal være true eller false</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/hsds.py" line="276"/>
        <source>must be a whole number from 1 to 365</source>
        <translation>skal være et helt tal fra 1 til 365</translation>
    </message>
    <message>
        <location filename="../../referral_app/services/hsds/importer.py" line="71"/>
        <source>is missing (every service needs its organization)</source>
        <translation>mangler (hvert tilbud skal have sin organisation)</translation>
    </message>
    <message>
        <location filename="../../referral_app/services/hsds/importer.py" line="72"/>
        <source>names an organization that is neither in the file nor in the directory</source>
        <translation>henviser til en organisation, der hverken er i filen eller i tilbudskataloget</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/directory_edit.py" line="50"/>
        <source>the name</source>
        <translation>navnet</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/directory_edit.py" line="51"/>
        <source>the Danish name</source>
        <translation>det danske navn</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/directory_edit.py" line="52"/>
        <source>the English name</source>
        <translation>det engelske navn</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/directory_edit.py" line="53"/>
        <source>the street</source>
        <translation>vejen</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/directory_edit.py" line="54"/>
        <source>the organization</source>
        <translation>organisationen</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/directory_edit.py" line="55"/>
        <source>the category</source>
        <translation>kategorien</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/directory_edit.py" line="56"/>
        <source>the service</source>
        <translation>tilbuddet</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/opening_hours.py" line="36"/>
        <source>closed</source>
        <translation>lukket</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/opening_hours.py" line="37"/>
        <source>closed (holiday)</source>
        <translation>lukket (helligdag)</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/opening_hours.py" line="38"/>
        <source>closed (exception)</source>
        <translation>lukket (undtagelse)</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/opening_hours.py" line="39"/>
        <source>closed (paused)</source>
        <translation>lukket (pause)</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/opening_hours.py" line="40"/>
        <source>closed (service closed)</source>
        <translation>lukket (tilbuddet er lukket)</translation>
    </message>
    <message>
        <location filename="../../referral_app/services/directory_admin.py" line="53"/>
        <source>organization</source>
        <translation>organisation</translation>
    </message>
    <message>
        <location filename="../../referral_app/services/directory_admin.py" line="54"/>
        <source>service</source>
        <translation>tilbud</translation>
    </message>
    <message>
        <location filename="../../referral_app/services/directory_admin.py" line="55"/>
        <source>category</source>
        <translation>kategori</translation>
    </message>
    <message>
        <location filename="../../referral_app/services/directory_admin.py" line="56"/>
        <source>address range</source>
        <translation>adresseinterval</translation>
    </message>
    <message>
        <location filename="../../referral_app/services/directory_admin.py" line="57"/>
        <source>routing rule</source>
        <translation>henvisningsregel</translation>
    </message>
    <message>
        <location filename="../../referral_app/services/corrections.py" line="53"/>
        <location filename="../../referral_app/services/directory_admin.py" line="59"/>
        <location filename="../../referral_app/services/residents.py" line="681"/>
        <source>Someone else</source>
        <translation>En anden</translation>
    </message>
    <message>
        <location filename="../../referral_app/services/backup.py" line="28"/>
        <source>no such file</source>
        <translation>filen findes ikke</translation>
    </message>
    <message>
        <location filename="../../referral_app/services/backup.py" line="29"/>
        <source>not a SQLite file</source>
        <translation>ikke en SQLite-fil</translation>
    </message>
    <message>
        <location filename="../../referral_app/services/backup.py" line="30"/>
        <source>no schema revision</source>
        <translation>ingen skemaversion</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../referral_app/domain/accounts.py" line="131"/>
        <source>Wrong username or password.</source>
        <translation>Forkert brugernavn eller adgangskode.</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/accounts.py" line="132"/>
        <source>The account {username} is deactivated. Ask an administrator.</source>
        <translation>Kontoen {username} er deaktiveret. Spørg en administrator.</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/accounts.py" line="133"/>
        <source>The account {username} is locked after too many failed attempts. Try again after {until}.</source>
        <translation>Kontoen {username} er låst efter for mange mislykkede forsøg. Prøv igen efter {until}.</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/accounts.py" line="136"/>
        <source>Your role ({role}) may not {what}.</source>
        <translation>Din rolle ({role}) må ikke {what}.</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/accounts.py" line="144"/>
        <source>The password cannot be empty.</source>
        <translation>Adgangskoden må ikke være tom.</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/accounts.py" line="147"/>
        <source>The password must be at least {minimum} characters long.</source>
        <translation>Adgangskoden skal være mindst {minimum} tegn lang.</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/accounts.py" line="153"/>
        <source>The password can be at most {maximum} characters long.</source>
        <translation>Adgangskoden må højst være {maximum} tegn lang.</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/accounts.py" line="164"/>
        <source>A username is 1-64 letters, digits, dots, dashes or underscores, without spaces.</source>
        <translation>Et brugernavn er 1-64 bogstaver, cifre, punktummer, bindestreger eller understreger, uden mellemrum.</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/accounts.py" line="202"/>
        <source>There is no role called {role}. Choose one of: {roles}.</source>
        <translation>Der er ingen rolle, der hedder {role}. Vælg en af: {roles}.</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/errors.py" line="54"/>
        <source>The database is locked by another program. Close the other program or wait a moment, then try again.</source>
        <translation>Databasen er låst af et andet program. Luk det andet program, eller vent et øjeblik, og prøv så igen.</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/errors.py" line="58"/>
        <source>The database file cannot be written ({path}). Check that you may write to the file and its folder.</source>
        <translation>Databasefilen kan ikke skrives ({path}). Tjek, at du har skriveadgang til filen og dens mappe.</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/errors.py" line="62"/>
        <source>The folder for the database does not exist: {path}. Create it or choose another database location.</source>
        <translation>Mappen til databasen findes ikke: {path}. Opret den, eller vælg en anden placering til databasen.</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/errors.py" line="66"/>
        <source>The database file is damaged or is not a database: {path}. Restore it from a backup.</source>
        <translation>Databasefilen er beskadiget eller er ikke en database: {path}. Gendan den fra en backup.</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/errors.py" line="70"/>
        <source>Cannot connect to the database server ({detail}). Check the address, the network and that the server is running.</source>
        <translation>Kan ikke forbinde til databaseserveren ({detail}). Tjek adressen, netværket, og at serveren kører.</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/errors.py" line="74"/>
        <source>The database address is not valid: {url}. Use e.g. sqlite:///C:/data/app.db or postgresql+psycopg://user@host/db.</source>
        <translation>Databaseadressen er ikke gyldig: {url}. Brug fx sqlite:///C:/data/app.db eller postgresql+psycopg://bruger@vært/db.</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/errors.py" line="78"/>
        <source>The data folder cannot be written: {path}. Check the permissions, or set REFERRAL_APP_DATA_DIR to a folder you may write to.</source>
        <translation>Der kan ikke skrives i datamappen: {path}. Tjek rettighederne, eller sæt REFERRAL_APP_DATA_DIR til en mappe, du må skrive i.</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/errors.py" line="82"/>
        <source>PostgreSQL support is not installed. Install it with: pip install &quot;referral-app[postgres]&quot;</source>
        <translation>Understøttelse af PostgreSQL er ikke installeret. Installér den med: pip install &quot;referral-app[postgres]&quot;</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/errors.py" line="86"/>
        <source>The database was made by a newer version of Fælles Indgang (schema {revision}). Install the newer version; nothing was changed.</source>
        <translation>Databasen er lavet af en nyere version af Fælles Indgang (skema {revision}). Installér den nyere version; intet blev ændret.</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/errors.py" line="90"/>
        <source>The database could not be used: {detail}</source>
        <translation>Databasen kunne ikke bruges: {detail}</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/settings.py" line="78"/>
        <source>The setting {name} must be at least {minimum}.</source>
        <translation>Indstillingen {name} skal være mindst {minimum}.</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/accounts.py" line="177"/>
        <source>Write the person&apos;s full name.</source>
        <translation>Skriv personens fulde navn.</translation>
    </message>
    <message>
        <location filename="../../referral_app/services/accounts.py" line="91"/>
        <source>The username {username} is taken.</source>
        <translation>Brugernavnet {username} er optaget.</translation>
    </message>
    <message>
        <location filename="../../referral_app/services/accounts.py" line="114"/>
        <source>There are already staff accounts; ask an administrator to create yours.</source>
        <translation>Der findes allerede medarbejderkonti; bed en administrator om at oprette din.</translation>
    </message>
    <message>
        <location filename="../../referral_app/services/accounts.py" line="141"/>
        <source>There is no staff member called {username}.</source>
        <translation>Der er ingen medarbejder, der hedder {username}.</translation>
    </message>
    <message>
        <location filename="../../referral_app/services/accounts.py" line="153"/>
        <source>{username} is the last active administrator; make another first.</source>
        <translation>{username} er den sidste aktive administrator; gør en anden til administrator først.</translation>
    </message>
    <message>
        <location filename="../../referral_app/services/accounts.py" line="197"/>
        <source>The current password is wrong.</source>
        <translation>Den nuværende adgangskode er forkert.</translation>
    </message>
    <message>
        <location filename="../../referral_app/services/accounts.py" line="203"/>
        <source>Choose a new password that differs from the old one.</source>
        <translation>Vælg en ny adgangskode, der er forskellig fra den gamle.</translation>
    </message>
    <message>
        <location filename="../../referral_app/reports/layout.py" line="46"/>
        <source>The font Noto Sans Arabic was not found in {folder}. Reinstall Fælles Indgang.</source>
        <translation>Skrifttypen Noto Sans Arabic blev ikke fundet i {folder}. Installer Fælles Indgang igen.</translation>
    </message>
    <message>
        <location filename="../../referral_app/reports/layout.py" line="49"/>
        <source>The slip cannot print the character {char} ({code}) in “{text}”: no font on the slip has it. Correct the text, or print the slip in another language.</source>
        <translation>Sedlen kan ikke vise tegnet {char} ({code}) i “{text}”: ingen skrifttype på sedlen har det. Ret teksten, eller udskriv sedlen på et andet sprog.</translation>
    </message>
    <message>
        <location filename="../../referral_app/services/outputs.py" line="52"/>
        <source>Say which file to write to.</source>
        <translation>Angiv hvilken fil der skal skrives til.</translation>
    </message>
    <message>
        <location filename="../../referral_app/services/outputs.py" line="53"/>
        <source>The folder {path} does not exist.</source>
        <translation>Mappen {path} findes ikke.</translation>
    </message>
    <message>
        <location filename="../../referral_app/services/outputs.py" line="54"/>
        <source>Cannot write to {path}: {problem}</source>
        <translation>Kan ikke skrive til {path}: {problem}</translation>
    </message>
    <message>
        <location filename="../../referral_app/services/outputs.py" line="55"/>
        <source>{path} already exists. Choose another name, or add --overwrite to replace it.</source>
        <translation>{path} findes allerede. Vælg et andet navn, eller tilføj --overwrite for at erstatte den.</translation>
    </message>
    <message>
        <location filename="../../referral_app/services/outputs.py" line="58"/>
        <source>{path} is the app&apos;s own database (or one of its files) and is never written over.</source>
        <translation>{path} er programmets egen database (eller en af dens filer) og bliver aldrig overskrevet.</translation>
    </message>
    <message>
        <location filename="../../referral_app/services/outputs.py" line="61"/>
        <source>{path} is not an ordinary file (a folder, a device or a system file): choose a file name.</source>
        <translation>{path} er ikke en almindelig fil (en mappe, en enhed eller en systemfil): vælg et filnavn.</translation>
    </message>
    <message>
        <location filename="../../referral_app/services/outputs.py" line="64"/>
        <source>The file name {path} is too long.</source>
        <translation>Filnavnet {path} er for langt.</translation>
    </message>
    <message>
        <location filename="../../referral_app/services/outputs.py" line="65"/>
        <source>The file name {path} holds characters a file name cannot have.</source>
        <translation>Filnavnet {path} indeholder tegn, som et filnavn ikke kan have.</translation>
    </message>
    <message>
        <location filename="../../referral_app/services/directory.py" line="145"/>
        <location filename="../../referral_app/services/referrals.py" line="95"/>
        <location filename="../../referral_app/services/service_translations.py" line="27"/>
        <source>There is no service with number {id}.</source>
        <translation>Der er intet tilbud med nummer {id}.</translation>
    </message>
    <message>
        <location filename="../../referral_app/services/directory_seed.py" line="29"/>
        <source>The directory file {file} cannot be read: {problem}</source>
        <translation>Tilbudsfilen {file} kan ikke læses: {problem}</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/residents.py" line="133"/>
        <source>Nothing to change: give at least one detail, e.g. --phone or --address.</source>
        <translation>Intet at ændre: angiv mindst én oplysning, fx --phone eller --address.</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/residents.py" line="155"/>
        <location filename="../../referral_app/domain/inquiries.py" line="91"/>
        <location filename="../../referral_app/domain/referrals.py" line="97"/>
        <location filename="../../referral_app/domain/referrals.py" line="111"/>
        <location filename="../../referral_app/domain/reporting.py" line="49"/>
        <location filename="../../referral_app/services/exports.py" line="63"/>
        <location filename="../../referral_app/services/residents.py" line="789"/>
        <source>{value} is not one of the choices: {choices}.</source>
        <translation>{value} er ikke en af mulighederne: {choices}.</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/inquiries.py" line="101"/>
        <source>Choose a category.</source>
        <translation>Vælg en kategori.</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/inquiries.py" line="176"/>
        <source>Only the staff member who logged inquiry {id} can correct it, and only the same day. Ask a coordinator to correct it.</source>
        <translation>Kun den medarbejder, der registrerede henvendelse {id}, kan rette den, og kun samme dag. Bed en koordinator om at rette den.</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/inquiries.py" line="181"/>
        <source>Inquiry {id} was logged on {day}; it can be corrected only the same day. Ask a coordinator to correct it.</source>
        <translation>Henvendelse {id} blev registreret {day}; den kan kun rettes samme dag. Bed en koordinator om at rette den.</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/accounts.py" line="180"/>
        <location filename="../../referral_app/domain/inquiries.py" line="109"/>
        <location filename="../../referral_app/domain/referrals.py" line="86"/>
        <location filename="../../referral_app/domain/residents.py" line="304"/>
        <location filename="../../referral_app/services/referrals.py" line="142"/>
        <location filename="../../referral_app/services/residents.py" line="523"/>
        <source>This field can hold at most {maximum} characters.</source>
        <extracomment>The oldest age taken as real; a birth year giving more is a typing error.</extracomment>
        <translation>Feltet kan højst rumme {maximum} tegn.</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/inquiries.py" line="128"/>
        <source>The description is {length} characters long; at most {maximum} are allowed.</source>
        <translation>Beskrivelsen er {length} tegn lang; der må højst være {maximum}.</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/privacy.py" line="53"/>
        <source>This looks like a CPR number. CPR numbers may not be saved in Fælles Indgang: the housing organizations have no legal basis for processing them. Remove the number and save again.</source>
        <translation>Det ligner et CPR-nummer. CPR-numre må ikke gemmes i Fælles Indgang: boligorganisationerne har ikke hjemmel til at behandle dem. Fjern nummeret, og gem igen.</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/residents.py" line="145"/>
        <location filename="../../referral_app/services/access_report.py" line="33"/>
        <location filename="../../referral_app/services/retention.py" line="186"/>
        <source>There is no resident with number {id}.</source>
        <translation>Der er ingen beboer med nummer {id}.</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/residents.py" line="146"/>
        <source>Resident {id} was merged into resident {merged_into}. Use that record instead.</source>
        <translation>Beboer {id} er lagt sammen med beboer {merged_into}. Brug den i stedet.</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/residents.py" line="149"/>
        <source>Resident {id} has been anonymized; the record can no longer be used for new work.</source>
        <translation>Beboer {id} er anonymiseret; oplysningerne kan ikke længere bruges til nyt arbejde.</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/residents.py" line="156"/>
        <source>The phone number is not valid. Write a Danish number with 8 digits (e.g. 20 12 34 56) or a foreign number starting with + and the country code (e.g. +46 70 123 45 67).</source>
        <translation>Telefonnummeret er ikke gyldigt. Skriv et dansk nummer med 8 cifre (fx 20 12 34 56) eller et udenlandsk nummer, der starter med + og landekoden (fx +46 70 123 45 67).</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/residents.py" line="317"/>
        <location filename="../../referral_app/domain/routing/query.py" line="172"/>
        <source>Write the language as a two-letter code, e.g. da, en, ar or so.</source>
        <translation>Skriv sproget som en kode på to bogstaver, fx da, en, ar eller so.</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/residents.py" line="354"/>
        <source>Write the resident&apos;s name.</source>
        <translation>Skriv beboerens navn.</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/residents.py" line="364"/>
        <source>The e-mail address is not valid. Write it like name@example.dk.</source>
        <translation>E-mailadressen er ikke gyldig. Skriv den som navn@eksempel.dk.</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/residents.py" line="375"/>
        <source>Write the house number as digits with an optional letter, e.g. 34 or 34B.</source>
        <translation>Skriv husnummeret med cifre og eventuelt et bogstav, fx 34 eller 34B.</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/residents.py" line="384"/>
        <source>Write the street as well as the house number.</source>
        <translation>Skriv både vejnavn og husnummer.</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/residents.py" line="390"/>
        <source>A postal code has four digits, e.g. 2860.</source>
        <translation>Et postnummer har fire cifre, fx 2860.</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/residents.py" line="398"/>
        <source>The birth year {year} is in the future.</source>
        <translation>Fødselsåret {year} ligger i fremtiden.</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/residents.py" line="404"/>
        <source>The birth year must be {minimum} or later.</source>
        <translation>Fødselsåret skal være {minimum} eller senere.</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/residents.py" line="433"/>
        <source>Write the birth year with four digits, e.g. 1984.</source>
        <translation>Skriv fødselsåret med fire cifre, fx 1984.</translation>
    </message>
    <message>
        <location filename="../../referral_app/services/directory_admin.py" line="44"/>
        <source>{who} changed this {what} while you were editing it ({fields}). Nothing was saved; your changes are still in the form. Close it and open the item again to see the new version.</source>
        <translation>{who} har gemt en ændring af samme {what}, mens du redigerede ({fields}). Intet blev gemt; dine ændringer står stadig i formularen. Luk den og åbn igen for at se den nye udgave.</translation>
    </message>
    <message>
        <location filename="../../referral_app/services/directory_admin.py" line="49"/>
        <source>There is no {what} with number {id}.</source>
        <translation>Der findes ingen {what} med nummer {id}.</translation>
    </message>
    <message>
        <location filename="../../referral_app/services/directory_admin.py" line="50"/>
        <location filename="../../referral_app/services/intake.py" line="38"/>
        <source>There is no category with the code {code}.</source>
        <translation>Der er ingen kategori med koden {code}.</translation>
    </message>
    <message>
        <location filename="../../referral_app/services/intake.py" line="39"/>
        <source>The category {name} is no longer in use. Choose another category.</source>
        <translation>Kategorien {name} bruges ikke længere. Vælg en anden kategori.</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/audit.py" line="108"/>
        <location filename="../../referral_app/commands/frontdesk.py" line="59"/>
        <location filename="../../referral_app/domain/reporting.py" line="42"/>
        <location filename="../../referral_app/services/intake.py" line="137"/>
        <source>The end of the period must come after its start.</source>
        <translation>Periodens slutning skal ligge efter dens start.</translation>
    </message>
    <message>
        <location filename="../../referral_app/services/residents.py" line="515"/>
        <source>Write why you open this record. The purpose is saved in the log.</source>
        <extracomment>Why an administrator looks a resident up by name, and the permission it needs.</extracomment>
        <translation>Skriv, hvorfor du åbner oplysningerne. Formålet gemmes i logbogen.</translation>
    </message>
    <message>
        <location filename="../../referral_app/services/residents.py" line="676"/>
        <source>{who} changed resident {id} while you were editing (at {at}). Nothing of yours was saved; close the form and open the resident again to see their change.</source>
        <translation>{who} ændrede beboer {id}, mens du rettede (kl. {at}). Intet af dit blev gemt; luk formularen og åbn beboeren igen for at se ændringen.</translation>
    </message>
    <message>
        <location filename="../../referral_app/services/residents.py" line="782"/>
        <source>Choose two different residents to merge.</source>
        <translation>Vælg to forskellige beboere at lægge sammen.</translation>
    </message>
    <message>
        <location filename="../../referral_app/services/tallies.py" line="94"/>
        <source>There is no count with number {id}.</source>
        <translation>Der er ingen optælling med nummer {id}.</translation>
    </message>
    <message>
        <location filename="../../referral_app/services/tallies.py" line="98"/>
        <source>Only the staff member who made a count can undo it.</source>
        <translation>Kun den medarbejder, der lavede optællingen, kan fortryde den.</translation>
    </message>
    <message>
        <location filename="../../referral_app/services/tallies.py" line="101"/>
        <source>This count has already been undone.</source>
        <translation>Denne optælling er allerede fortrudt.</translation>
    </message>
    <message>
        <location filename="../../referral_app/services/tallies.py" line="105"/>
        <source>A count can only be undone within {seconds} seconds of making it; this one is kept.</source>
        <translation>En optælling kan kun fortrydes inden for {seconds} sekunder; denne bevares.</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/base.py" line="107"/>
        <source>A password was expected on standard input.</source>
        <translation>Der manglede en adgangskode på standard input.</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/base.py" line="113"/>
        <source>No terminal to ask for a password: use --password-stdin.</source>
        <translation>Der er ingen terminal at spørge om adgangskoden i: brug --password-stdin.</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/base.py" line="130"/>
        <source>Standard input is not UTF-8 text.</source>
        <translation>Standardinput er ikke UTF-8-tekst.</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/base.py" line="147"/>
        <source>This command needs your staff username: say who you are.</source>
        <translation>Kommandoen kræver dit medarbejder-brugernavn: skriv, hvem du er.</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/accounts.py" line="61"/>
        <source>The two passwords differ.</source>
        <translation>De to adgangskoder er ikke ens.</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/accounts.py" line="77"/>
        <source>The first account must be an administrator (--role admin).</source>
        <translation>Den første konto skal være en administrator (--role admin).</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/audit.py" line="91"/>
        <source>{value} is not a date; write it as 2026-11-27 or 27.11.2026.</source>
        <translation>{value} er ikke en dato; skriv den som 2026-11-27 eller 27.11.2026.</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/referrals.py" line="69"/>
        <source>A referral with status {current} cannot be marked {target}.</source>
        <translation>En henvisning med status {current} kan ikke markeres som {target}.</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/referrals.py" line="77"/>
        <source>Choose a reason when a referral is declined or not completed.</source>
        <translation>Vælg en årsag, når en henvisning er afvist eller ikke gennemført.</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/referrals.py" line="82"/>
        <source>Write a note that explains the reason &quot;other&quot;.</source>
        <translation>Skriv en note, der forklarer årsagen &quot;andet&quot;.</translation>
    </message>
    <message>
        <location filename="../../referral_app/services/consent.py" line="30"/>
        <source>Choose the organization the data may be handed over to.</source>
        <translation>Vælg den organisation, oplysningerne må videregives til.</translation>
    </message>
    <message>
        <location filename="../../referral_app/services/consent.py" line="37"/>
        <location filename="../../referral_app/services/reporting.py" line="72"/>
        <source>There is no organization with number {id}.</source>
        <translation>Der findes ingen organisation med nummer {id}.</translation>
    </message>
    <message>
        <location filename="../../referral_app/services/consent.py" line="65"/>
        <source>There is no consent with number {id}.</source>
        <translation>Der findes intet samtykke med nummer {id}.</translation>
    </message>
    <message>
        <location filename="../../referral_app/services/consent.py" line="67"/>
        <source>This consent has already been withdrawn.</source>
        <translation>Samtykket er allerede trukket tilbage.</translation>
    </message>
    <message>
        <location filename="../../referral_app/services/referrals.py" line="63"/>
        <location filename="../../referral_app/services/reporting.py" line="70"/>
        <source>There is no referral with number {id}.</source>
        <translation>Der findes ingen henvisning med nummer {id}.</translation>
    </message>
    <message>
        <location filename="../../referral_app/services/referrals.py" line="64"/>
        <source>Someone else changed referral {id} while you had it open: it is now {status}, follow-up {due} (last change by {by} at {at}: {change}). Look at their change and try again; nothing of yours was saved.</source>
        <translation>En anden har ændret henvisning {id}, mens du havde den åben: den er nu {status}, opfølgning {due} (sidst ændret af {by} den {at}: {change}). Se ændringen, og prøv igen; intet af dit er gemt.</translation>
    </message>
    <message>
        <location filename="../../referral_app/services/referrals.py" line="69"/>
        <source>Someone else is changing referral {id} at this moment. Wait a moment, look at their change and try again; nothing of yours was saved.</source>
        <translation>En anden er ved at ændre henvisning {id} lige nu. Vent et øjeblik, se ændringen, og prøv igen; intet af dit er gemt.</translation>
    </message>
    <message>
        <location filename="../../referral_app/services/referrals.py" line="99"/>
        <source>{service} is not active at the moment; choose another service.</source>
        <translation>{service} er ikke aktivt lige nu; vælg et andet tilbud.</translation>
    </message>
    <message>
        <location filename="../../referral_app/services/corrections.py" line="44"/>
        <location filename="../../referral_app/services/referrals.py" line="176"/>
        <location filename="../../referral_app/services/reporting.py" line="71"/>
        <source>There is no inquiry with number {id}.</source>
        <translation>Der findes ingen henvendelse med nummer {id}.</translation>
    </message>
    <message>
        <location filename="../../referral_app/services/corrections.py" line="45"/>
        <source>{who} corrected inquiry {id} while you had it open (at {at}). Nothing of yours was saved; close the correction and open the inquiry again to see their change.</source>
        <translation>{who} rettede henvendelse {id}, mens du havde den åben (kl. {at}). Intet af dit blev gemt; luk rettelsen og åbn henvendelsen igen for at se ændringen.</translation>
    </message>
    <message>
        <location filename="../../referral_app/services/corrections.py" line="50"/>
        <source>Inquiry {id} is being saved at another desk right now. Wait a moment and save again.</source>
        <translation>Henvendelse {id} bliver gemt ved en anden skranke lige nu. Vent et øjeblik, og gem igen.</translation>
    </message>
    <message>
        <location filename="../../referral_app/services/referrals.py" line="183"/>
        <source>An anonymous inquiry cannot be handed over; log the referral instead, or add the resident first.</source>
        <translation>En anonym henvendelse kan ikke overdrages; registrér henvisningen i stedet, eller tilføj beboeren først.</translation>
    </message>
    <message>
        <location filename="../../referral_app/services/referrals.py" line="187"/>
        <source>{resident} has not consented to a hand-over to {organization}. Record the consent first, or log the referral instead.</source>
        <translation>{resident} har ikke givet samtykke til overdragelse til {organization}. Registrér samtykket først, eller registrér henvisningen uden overdragelse.</translation>
    </message>
    <message>
        <location filename="../../referral_app/services/referrals.py" line="194"/>
        <location filename="../../referral_app/services/referrals.py" line="265"/>
        <source>The follow-up date cannot be in the past.</source>
        <translation>Opfølgningsdatoen kan ikke ligge i fortiden.</translation>
    </message>
    <message>
        <location filename="../../referral_app/services/referrals.py" line="268"/>
        <source>Referral {id} is closed; its follow-up date cannot change.</source>
        <translation>Henvisning {id} er lukket; opfølgningsdatoen kan ikke ændres.</translation>
    </message>
    <message>
        <location filename="../../referral_app/services/referrals.py" line="287"/>
        <source>Choose another service than the current one.</source>
        <translation>Vælg et andet tilbud end det nuværende.</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/demo.py" line="38"/>
        <source>This database already holds real data ({what}). Demo data is only made in a database without residents, inquiries, counts or referrals; create a new database for it.</source>
        <translation>Databasen indeholder allerede rigtige data ({what}). Demodata laves kun i en database uden beboere, henvendelser, optællinger eller henvisninger; opret en ny database til dem.</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/demo.py" line="43"/>
        <source>This database already holds demo data. Create a new database for a fresh set.</source>
        <translation>Databasen indeholder allerede demodata. Opret en ny database til et nyt sæt.</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/demo.py" line="47"/>
        <source>There are no categories in use, so no inquiries can be made. Run db upgrade first.</source>
        <translation>Der er ingen kategorier i brug, så der kan ikke laves henvendelser. Kør db upgrade først.</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/demo.py" line="52"/>
        <source>The number of residents must be a whole number from {minimum} to {maximum}.</source>
        <translation>Antallet af beboere skal være et helt tal fra {minimum} til {maximum}.</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/demo.py" line="55"/>
        <source>The number of inquiries must be a whole number from {minimum} to {maximum}.</source>
        <translation>Antallet af henvendelser skal være et helt tal fra {minimum} til {maximum}.</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/demo.py" line="58"/>
        <source>The number of counts must be a whole number from {minimum} to {maximum}.</source>
        <translation>Antallet af optællinger skal være et helt tal fra {minimum} til {maximum}.</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/demo.py" line="85"/>
        <source>The seed must be a whole number, e.g. 1 or 2024.</source>
        <translation>Startværdien skal være et helt tal, f.eks. 1 eller 2024.</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/reporting.py" line="43"/>
        <source>A statistics period can be at most {years} years long; check the dates.</source>
        <translation>En statistikperiode kan højst være {years} år lang; kontrollér datoerne.</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/reporting.py" line="46"/>
        <source>{value} is not a period; write e.g. 2026, 2026-Q3 or 2026-09.</source>
        <translation>{value} er ikke en periode; skriv f.eks. 2026, 2026-Q3 eller 2026-09.</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/routing/query.py" line="22"/>
        <source>There is no category with the code {code}. See the codes in the directory.</source>
        <translation>Der findes ingen kategori med koden {code}. Se koderne i tilbudsoversigten.</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/routing/query.py" line="25"/>
        <source>The age must be a whole number from 0 to {maximum}.</source>
        <translation>Alderen skal være et helt tal fra 0 til {maximum}.</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/routing/query.py" line="26"/>
        <source>Write the address as street and house number, e.g. Høje Gladsaxe 34, 3. tv.</source>
        <translation>Skriv adressen som gade og husnummer, f.eks. Høje Gladsaxe 34, 3. tv.</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/routing/query.py" line="29"/>
        <source>Describe the inquiry or choose a category: there is nothing to route on.</source>
        <translation>Beskriv henvendelsen, eller vælg en kategori: der er intet at henvise ud fra.</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/routing/query.py" line="32"/>
        <source>The description can hold at most {maximum} characters.</source>
        <translation>Beskrivelsen kan højst være på {maximum} tegn.</translation>
    </message>
    <message>
        <location filename="../../referral_app/services/backup.py" line="26"/>
        <source>{path} is not a backup of Fælles Indgang: {problem}</source>
        <translation>{path} er ikke en sikkerhedskopi af Fælles Indgang: {problem}</translation>
    </message>
    <message>
        <location filename="../../referral_app/services/backup.py" line="103"/>
        <source>An in-memory database cannot be backed up.</source>
        <extracomment>Pages copied per step of the online backup; between steps a cancelled backup stops.</extracomment>
        <translation>En database i hukommelsen kan ikke sikkerhedskopieres.</translation>
    </message>
    <message>
        <location filename="../../referral_app/services/backup.py" line="141"/>
        <source>pg_dump is not installed on this computer. Install the PostgreSQL client tools, or ask whoever runs the database server to back it up.</source>
        <translation>pg_dump er ikke installeret på denne computer. Installér PostgreSQL-klientværktøjerne, eller bed den, der driver databaseserveren, om at tage sikkerhedskopien.</translation>
    </message>
    <message>
        <location filename="../../referral_app/services/backup.py" line="157"/>
        <source>The backup failed: {detail}</source>
        <translation>Sikkerhedskopieringen mislykkedes: {detail}</translation>
    </message>
    <message>
        <location filename="../../referral_app/services/backup.py" line="267"/>
        <source>Restoring is for the embedded SQLite database; restore PostgreSQL with pg_restore.</source>
        <translation>Gendannelse gælder den indbyggede SQLite-database; gendan PostgreSQL med pg_restore.</translation>
    </message>
    <message>
        <location filename="../../referral_app/services/retention.py" line="189"/>
        <source>Resident {id} is already anonymized; nothing is left to erase.</source>
        <translation>Beboer {id} er allerede anonymiseret; der er intet tilbage at slette.</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/frontdesk.py" line="56"/>
        <source>{value} is not a date. Write it as 2025-03-31 or 31.03.2025.</source>
        <translation>{value} er ikke en dato. Skriv den som 2025-03-31 eller 31.03.2025.</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/frontdesk.py" line="60"/>
        <source>Write the resident&apos;s number as digits, e.g. 42; {value} is not one.</source>
        <translation>Skriv beboerens nummer med cifre, f.eks. 42; {value} er ikke et nummer.</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/frontdesk.py" line="214"/>
        <source>Nothing to correct: give at least one of --category, --channel, --text, --language and --resident.</source>
        <translation>Intet at rette: angiv mindst én af --category, --channel, --text, --language og --resident.</translation>
    </message>
    <message>
        <location filename="../../referral_app/services/access_report.py" line="36"/>
        <source>Resident {id} is anonymized: no personal data is held, so there is nothing to report.</source>
        <translation>Beboer {id} er anonymiseret: der er ingen personoplysninger, så der er intet at rapportere.</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/routing.py" line="25"/>
        <source>--limit must be a whole number from 1 to {maximum}.</source>
        <translation>--limit skal være et helt tal fra 1 til {maximum}.</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/routing.py" line="26"/>
        <source>The age must be a whole number from 0 to {maximum}, e.g. --age 34.</source>
        <translation>Alderen skal være et helt tal fra 0 til {maximum}, fx --age 34.</translation>
    </message>
    <message>
        <location filename="../../referral_app/services/reporting.py" line="162"/>
        <source>There is no organization called {name}.</source>
        <translation>Der findes ingen organisation med navnet {name}.</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/reports.py" line="40"/>
        <source>Say which period: --from and --to, or --period.</source>
        <translation>Angiv perioden: --from og --to, eller --period.</translation>
    </message>
    <message>
        <location filename="../../referral_app/commands/database.py" line="105"/>
        <source>There is no database at {path}.</source>
        <translation>Der er ingen database i {path}.</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/hsds.py" line="77"/>
        <source>{file} is not HSDS 3.0 data: {problem}. Nothing was imported.</source>
        <translation>{file} er ikke HSDS 3.0-data: {problem}. Intet blev importeret.</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/hsds.py" line="79"/>
        <source>{file} is not JSON (line {line}, column {column}). Nothing was imported.</source>
        <translation>{file} er ikke JSON (linje {line}, kolonne {column}). Intet blev importeret.</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/hsds.py" line="91"/>
        <source>{file}, {where}: the field {name} {problem}. Nothing was imported.</source>
        <translation>{file}, {where}: feltet {name} {problem}. Intet blev importeret.</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/hsds.py" line="93"/>
        <source>{file}, {where}: the field {name} is longer than {limit} characters. Nothing was imported.</source>
        <translation>{file}, {where}: feltet {name} er længere end {limit} tegn. Intet blev importeret.</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/hsds.py" line="95"/>
        <source>{file} is too large to import ({size} MB; at most {limit} MB). Nothing was imported.</source>
        <translation>{file} er for stor til at blive importeret ({size} MB; højst {limit} MB). Intet blev importeret.</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/hsds.py" line="97"/>
        <source>{file} is not UTF-8 text (byte {position}). Save it as UTF-8 and try again. Nothing was imported.</source>
        <translation>{file} er ikke UTF-8-tekst (byte {position}). Gem den som UTF-8, og prøv igen. Intet blev importeret.</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/hsds.py" line="99"/>
        <source>The folder {file} has no datapackage.json, so it is not an HSDS tabular export. Nothing was imported.</source>
        <translation>Mappen {file} har ingen datapackage.json og er derfor ikke en HSDS-tabeleksport. Intet blev importeret.</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/hsds.py" line="101"/>
        <source>{file} lacks the column {column}. Nothing was imported.</source>
        <translation>{file} mangler kolonnen {column}. Intet blev importeret.</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/limits.py" line="18"/>
        <source>{value} is not a record number: write a whole number from 1 to {maximum}.</source>
        <translation>{value} er ikke et løbenummer: skriv et helt tal fra 1 til {maximum}.</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/limits.py" line="19"/>
        <source>{value} is outside the dates the app works with ({first} to {last}).</source>
        <translation>{value} ligger uden for de datoer, programmet arbejder med ({first} til {last}).</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/slip_languages.py" line="22"/>
        <source>The slip cannot be printed in {value}; choose one of: {choices}.</source>
        <translation>Sedlen kan ikke udskrives på {value}; vælg et af: {choices}.</translation>
    </message>
    <message>
        <location filename="../../referral_app/reports/slip_catalogue.py" line="28"/>
        <source>The slip&apos;s texts in {file} cannot be read: {problem}. Reinstall Fælles Indgang.</source>
        <translation>Sedlens tekster i {file} kan ikke læses: {problem}. Installer Fælles Indgang igen.</translation>
    </message>
    <message>
        <location filename="../../referral_app/services/hsds/export.py" line="363"/>
        <source>The folder {path} already holds files; choose an empty or new folder, or add --overwrite to replace an earlier export.</source>
        <translation>Mappen {path} indeholder allerede filer; vælg en tom eller ny mappe, eller tilføj --overwrite for at erstatte en tidligere eksport.</translation>
    </message>
    <message>
        <location filename="../../referral_app/services/hsds/export.py" line="366"/>
        <source>There is no service with number or HSDS id {id}.</source>
        <translation>Der er intet tilbud med nummer eller HSDS-id {id}.</translation>
    </message>
    <message>
        <location filename="../../referral_app/services/hsds/importer.py" line="69"/>
        <source>{file}, {where}: the service id {id} appears twice. Nothing was imported.</source>
        <translation>{file}, {where}: tilbuds-id&apos;et {id} forekommer to gange. Intet blev importeret.</translation>
    </message>
    <message>
        <location filename="../../referral_app/services/hsds/terms.py" line="27"/>
        <source>There is no imported taxonomy term {term}.</source>
        <translation>Der er intet importeret taksonomi-emne {term}.</translation>
    </message>
    <message>
        <location filename="../../referral_app/services/hsds/terms.py" line="28"/>
        <source>There is no active category with the code {code} to map the term to.</source>
        <translation>Der er ingen aktiv kategori med koden {code}, som emnet kan kobles til.</translation>
    </message>
    <message>
        <location filename="../../referral_app/services/service_translations.py" line="28"/>
        <source>A service&apos;s texts can be translated into {choices}; not into {value}.</source>
        <translation>Et tilbuds tekster kan oversættes til {choices}; ikke til {value}.</translation>
    </message>
    <message>
        <location filename="../../referral_app/services/service_translations.py" line="31"/>
        <source>The translated text is too long: at most {limit} characters.</source>
        <translation>Den oversatte tekst er for lang: højst {limit} tegn.</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/directory_edit.py" line="32"/>
        <source>Fill in {what}.</source>
        <translation>Udfyld {what}.</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/directory_edit.py" line="33"/>
        <source>{value} does not look like a phone number (8 digits, e.g. 39 57 57 05).</source>
        <translation>{value} ligner ikke et telefonnummer (8 cifre, fx 39 57 57 05).</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/directory_edit.py" line="34"/>
        <source>{value} does not look like an e-mail address (name@example.dk).</source>
        <translation>{value} ligner ikke en e-mailadresse (navn@eksempel.dk).</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/directory_edit.py" line="35"/>
        <source>{value} does not look like a web address (www.example.dk).</source>
        <translation>{value} ligner ikke en webadresse (www.eksempel.dk).</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/directory_edit.py" line="36"/>
        <source>The age from ({low}) must not be above the age to ({high}).</source>
        <translation>Alder fra ({low}) må ikke være over alder til ({high}).</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/directory_edit.py" line="37"/>
        <source>An age must be between 0 and 120, not {value}.</source>
        <translation>En alder skal være mellem 0 og 120, ikke {value}.</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/directory_edit.py" line="38"/>
        <source>{weekday}: the opening time {opens} must be before the closing time {closes}.</source>
        <translation>{weekday}: åbningstiden {opens} skal være før lukketiden {closes}.</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/directory_edit.py" line="39"/>
        <source>The date from ({first}) must not be after the date to ({last}).</source>
        <translation>Datoen fra ({first}) må ikke være efter datoen til ({last}).</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/directory_edit.py" line="40"/>
        <source>The house number from ({low}) must not be above the number to ({high}).</source>
        <translation>Husnummer fra ({low}) må ikke være over husnummer til ({high}).</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/directory_edit.py" line="41"/>
        <source>A house number must be a whole number from 1, not {value}.</source>
        <translation>Et husnummer skal være et helt tal fra 1, ikke {value}.</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/directory_edit.py" line="42"/>
        <source>{street} {low}-{high} overlaps {street} {other_low}-{other_high} ({organization}) in the address table.</source>
        <translation>{street} {low}-{high} overlapper {street} {other_low}-{other_high} ({organization}) i adressetabellen.</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/directory_edit.py" line="44"/>
        <source>Follow-up days must be between 1 and 365, not {value}.</source>
        <translation>Opfølgningsdage skal være mellem 1 og 365, ikke {value}.</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/directory_edit.py" line="45"/>
        <source>{value} is not a language code (two letters, e.g. ar).</source>
        <translation>{value} er ikke en sprogkode (to bogstaver, fx ar).</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/directory_edit.py" line="46"/>
        <source>A keyword must have at least two letters: {value}</source>
        <translation>Et søgeord skal have mindst to bogstaver: {value}</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/directory_edit.py" line="47"/>
        <source>A paused service needs the date it reopens.</source>
        <translation>Et midlertidigt lukket tilbud skal have datoen, hvor det åbner igen.</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/hours_text.py" line="30"/>
        <source>Line {line} is not understood: {text}. {hint}</source>
        <translation>Linje {line} kan ikke forstås: {text}. {hint}</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/hours_text.py" line="31"/>
        <source>Write e.g. &quot;mon 09:00-15:00, 16:00-18:00&quot; or &quot;tue-fri 9-15&quot;.</source>
        <translation>Skriv fx &quot;man 09:00-15:00, 16:00-18:00&quot; eller &quot;tir-fre 9-15&quot;.</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/hours_text.py" line="32"/>
        <source>Write e.g. &quot;24.12.2026 closed&quot; or &quot;31.12.2026 10:00-12:00 note&quot;.</source>
        <translation>Skriv fx &quot;24.12.2026 lukket&quot; eller &quot;31.12.2026 10:00-12:00 bemærkning&quot;.</translation>
    </message>
    <message>
        <location filename="../../referral_app/services/directory_updates.py" line="35"/>
        <source>The shipped directory has no newer version of {key}.</source>
        <translation>Det medfølgende tilbudskatalog har ingen nyere udgave af {key}.</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/directory/editor_dialog.py" line="36"/>
        <source>{value} is not a date (dd.mm.yyyy).</source>
        <translation>{value} er ikke en dato (dd.mm.åååå).</translation>
    </message>
    <message>
        <location filename="../../referral_app/resources.py" line="27"/>
        <source>A file of the installation is missing: {path}. Reinstall Fælles Indgang.</source>
        <translation>En fil i installationen mangler: {path}. Installér Fælles Indgang igen.</translation>
    </message>
    <message>
        <location filename="../../referral_app/db/engine.py" line="40"/>
        <source>A number or a date in what was entered is out of range.</source>
        <translation>Et tal eller en dato i det indtastede ligger uden for det tilladte.</translation>
    </message>
</context>
<context>
    <name>forms</name>
    <message>
        <location filename="../../referral_app/ui/widgets/forms.py" line="28"/>
        <location filename="../../referral_app/ui/widgets/forms.py" line="39"/>
        <source>Error</source>
        <translation>Fejl</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/widgets/forms.py" line="101"/>
        <source>Cancel</source>
        <translation>Annullér</translation>
    </message>
</context>
<context>
    <name>languages</name>
    <message>
        <location filename="../../referral_app/ui/widgets/fields.py" line="22"/>
        <source>Danish</source>
        <extracomment>Languages residents of Høje Gladsaxe ask for most, by ISO 639-1 code.</extracomment>
        <translation>Dansk</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/widgets/fields.py" line="23"/>
        <source>English</source>
        <translation>Engelsk</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/widgets/fields.py" line="24"/>
        <source>Arabic</source>
        <translation>Arabisk</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/widgets/fields.py" line="25"/>
        <source>Somali</source>
        <translation>Somali</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/widgets/fields.py" line="26"/>
        <source>Turkish</source>
        <translation>Tyrkisk</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/widgets/fields.py" line="27"/>
        <source>Urdu</source>
        <translation>Urdu</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/widgets/fields.py" line="28"/>
        <source>Persian</source>
        <translation>Persisk (farsi)</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/widgets/fields.py" line="29"/>
        <source>Pashto</source>
        <translation>Pashto</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/widgets/fields.py" line="30"/>
        <source>Kurdish</source>
        <translation>Kurdisk</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/widgets/fields.py" line="31"/>
        <source>Tigrinya</source>
        <translation>Tigrinya</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/widgets/fields.py" line="32"/>
        <source>Polish</source>
        <translation>Polsk</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/widgets/fields.py" line="33"/>
        <source>Ukrainian</source>
        <translation>Ukrainsk</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/widgets/fields.py" line="34"/>
        <source>Bosnian</source>
        <translation>Bosnisk</translation>
    </message>
    <message>
        <location filename="../../referral_app/ui/widgets/fields.py" line="35"/>
        <source>Tamil</source>
        <translation>Tamil</translation>
    </message>
</context>
<context>
    <name>routing</name>
    <message>
        <location filename="../../referral_app/domain/routing/reasons.py" line="57"/>
        <source>Category {category} (chosen) → {service}</source>
        <translation>Kategori {category} (valgt) → {service}</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/routing/reasons.py" line="58"/>
        <source>Category {category} (the text mentions {words}) → {service}</source>
        <translation>Kategori {category} (teksten nævner {words}) → {service}</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/routing/reasons.py" line="61"/>
        <source>Also fits the category {category}</source>
        <translation>Passer også til kategorien {category}</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/routing/reasons.py" line="62"/>
        <source>Rule: {note}</source>
        <translation>Regel: {note}</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/routing/reasons.py" line="63"/>
        <source>No routing rule names this service; it is listed under {category}</source>
        <translation>Ingen henvisningsregel nævner dette tilbud; det står under {category}</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/routing/reasons.py" line="66"/>
        <source>The service mentions {words}</source>
        <translation>Tilbuddet nævner {words}</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/routing/reasons.py" line="67"/>
        <source>The address {address} belongs to {organization}</source>
        <translation>Adressen {address} hører til {organization}</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/routing/reasons.py" line="68"/>
        <source>The address {address} belongs to {organization}, {department}</source>
        <translation>Adressen {address} hører til {organization}, {department}</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/routing/reasons.py" line="71"/>
        <source>The address {address} is not in the address table, so the housing organization is unknown</source>
        <translation>Adressen {address} står ikke i adressetabellen, så boligorganisationen er ukendt</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/routing/reasons.py" line="75"/>
        <source>The address {address} is in Høje Gladsaxe, but the table does not say which housing organization owns it</source>
        <translation>Adressen {address} ligger i Høje Gladsaxe, men tabellen siger ikke, hvilken boligorganisation der ejer den</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/routing/reasons.py" line="80"/>
        <source>No address given, so the housing organization is unknown</source>
        <translation>Ingen adresse angivet, så boligorganisationen er ukendt</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/routing/reasons.py" line="83"/>
        <source>{organization} runs the joint operation of Høje Gladsaxe and passes the inquiry on to the right housing organization</source>
        <translation>{organization} står for fællesdriften af Høje Gladsaxe og sender henvendelsen videre til den rette boligorganisation</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/routing/reasons.py" line="88"/>
        <source>Only for residents of Høje Gladsaxe</source>
        <translation>Kun for beboere i Høje Gladsaxe</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/routing/reasons.py" line="89"/>
        <source>Only for residents of Høje Gladsaxe: check the address</source>
        <translation>Kun for beboere i Høje Gladsaxe: kontrollér adressen</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/routing/reasons.py" line="92"/>
        <source>For ages {minimum}–{maximum}</source>
        <translation>For {minimum}–{maximum}-årige</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/routing/reasons.py" line="93"/>
        <source>From age {minimum}</source>
        <translation>Fra {minimum} år</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/routing/reasons.py" line="94"/>
        <source>Up to age {maximum}</source>
        <translation>Op til {maximum} år</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/routing/reasons.py" line="95"/>
        <source>{limit}; the person concerned is {age}</source>
        <translation>{limit}; personen er {age} år</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/routing/reasons.py" line="96"/>
        <source>{limit}: check the age</source>
        <translation>{limit}: kontrollér alderen</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/routing/reasons.py" line="97"/>
        <source>The inquiry is about a child aged {age}: age limits are checked for the child</source>
        <translation>Henvendelsen handler om et barn på {age} år: aldersgrænserne gælder barnet</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/routing/reasons.py" line="100"/>
        <source>The inquiry is about someone else: the resident&apos;s own age is not used for age limits</source>
        <translation>Henvendelsen handler om en anden: beboerens egen alder bruges ikke til aldersgrænser</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/routing/reasons.py" line="104"/>
        <source>The text gives the age {age}</source>
        <translation>Teksten nævner alderen {age} år</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/routing/reasons.py" line="105"/>
        <source>{limit}: the resident is {age}, so this would be for a younger family member</source>
        <translation>{limit}: beboeren er {age} år, så det vil være til et yngre familiemedlem</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/routing/reasons.py" line="108"/>
        <source>Waiting list: ranked lower, expect to wait</source>
        <translation>Venteliste: står lavere, regn med ventetid</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/routing/reasons.py" line="109"/>
        <source>Waiting list, ranked lower: {note}</source>
        <translation>Venteliste, står lavere: {note}</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/routing/reasons.py" line="110"/>
        <source>Limited capacity, ranked lower: {note}</source>
        <translation>Begrænset kapacitet, står lavere: {note}</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/routing/reasons.py" line="111"/>
        <source>Offered in {language}</source>
        <translation>Tilbydes på {language}</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/routing/reasons.py" line="112"/>
        <source>Not offered in {language}: an interpreter may be needed</source>
        <translation>Tilbydes ikke på {language}: der kan være brug for tolk</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/routing/reasons.py" line="115"/>
        <source>The text mentions {language}, so that language is taken into account</source>
        <translation>Teksten nævner {language}, så der tages hensyn til det sprog</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/routing/reasons.py" line="118"/>
        <source>No category matches the text: choose a category or describe the inquiry in other words</source>
        <translation>Ingen kategori passer til teksten: vælg en kategori, eller beskriv henvendelsen med andre ord</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/routing/reasons.py" line="121"/>
        <source>Not active at the moment</source>
        <translation>Tilbuddet er ikke aktivt lige nu</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/routing/reasons.py" line="122"/>
        <source>{limit}; the person concerned is only {age}</source>
        <translation>{limit}; personen er kun {age} år</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/routing/reasons.py" line="123"/>
        <source>{limit}; the person concerned is already {age}</source>
        <translation>{limit}; personen er allerede {age} år</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/routing/reasons.py" line="124"/>
        <source>Only for residents of Høje Gladsaxe, and the address is elsewhere</source>
        <translation>Kun for beboere i Høje Gladsaxe, og adressen ligger et andet sted</translation>
    </message>
    <message>
        <location filename="../../referral_app/domain/routing/reasons.py" line="127"/>
        <source>Only for tenants of {organization}</source>
        <translation>Kun for lejere hos {organization}</translation>
    </message>
</context>
</TS>
