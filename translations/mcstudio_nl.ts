<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>mcs::AutomaticChecks</name>
    <message>
        <source>title</source>
        <translation>titel</translation>
    </message>
    <message>
        <source>country or region of the awarding body</source>
        <translation>land of regio van de uitgevende instelling</translation>
    </message>
    <message>
        <source>awarding body</source>
        <translation>uitgevende instelling</translation>
    </message>
    <message>
        <source>learning outcomes</source>
        <translation>leeruitkomsten</translation>
    </message>
    <message>
        <source>notional workload</source>
        <translation>studielast</translation>
    </message>
    <message>
        <source>level (EQF)</source>
        <translation>niveau (EQF)</translation>
    </message>
    <message>
        <source>type of assessment</source>
        <translation>toetsvorm</translation>
    </message>
    <message>
        <source>form of participation</source>
        <translation>vorm van deelname</translation>
    </message>
    <message>
        <source>type of quality assurance</source>
        <translation>vorm van kwaliteitsborging</translation>
    </message>
    <message>
        <source>prerequisites for enrolment</source>
        <translation>toelatingsvoorwaarden</translation>
    </message>
    <message>
        <source>supervision and identity verification</source>
        <translation>toezicht en identiteitscontrole</translation>
    </message>
    <message>
        <source>grade achieved</source>
        <translation>behaald resultaat</translation>
    </message>
    <message>
        <source>integration or stackability</source>
        <translation>integratie of stapelbaarheid</translation>
    </message>
    <message>
        <source>further information</source>
        <translation>aanvullende informatie</translation>
    </message>
    <message>
        <source>Missing: %1.</source>
        <translation>Ontbreekt: %1.</translation>
    </message>
    <message>
        <source>Applies to mbo microcredentials.</source>
        <translation>Geldt voor mbo-microcredentials.</translation>
    </message>
    <message>
        <source>The study load is missing.</source>
        <translation>De studielast ontbreekt.</translation>
    </message>
    <message>
        <source>%1 SBU meets the guideline of at least 240 SBU.</source>
        <translation>%1 SBU voldoet aan de richtlijn van ten minste 240 SBU.</translation>
    </message>
    <message>
        <source>Applies to hbo and wo microcredentials.</source>
        <translation>Geldt voor hbo- en wo-microcredentials.</translation>
    </message>
    <message>
        <source>%1 EC is allowed for wo in the experiment with units from 1 EC (1 May 2025 to 30 April 2027).</source>
        <translation>%1 EC is toegestaan voor het wo binnen het experiment met eenheden vanaf 1 EC (1 mei 2025 tot en met 30 april 2027).</translation>
    </message>
    <message>
        <source>%1 EC is within the guideline of 3 to 30 EC.</source>
        <translation>%1 EC valt binnen de richtlijn van 3 tot 30 EC.</translation>
    </message>
    <message>
        <source>Alignment needs learning outcomes and assessments.</source>
        <translation>Voor de afstemming zijn leeruitkomsten en toetsen nodig.</translation>
    </message>
    <message>
        <source>learning outcome(s) %1 not assessed</source>
        <translation>leeruitkomst(en) %1 niet getoetst</translation>
    </message>
    <message>
        <source>assessment(s) %1 tied to no learning outcome</source>
        <translation>toets(en) %1 aan geen leeruitkomst gekoppeld</translation>
    </message>
    <message>
        <source>Every learning outcome is assessed and every assessment is tied to an outcome.</source>
        <translation>Elke leeruitkomst wordt getoetst en elke toets is aan een leeruitkomst gekoppeld.</translation>
    </message>
    <message>
        <source>No examencommissie or other body is designated.</source>
        <translation>Er is geen examencommissie of ander orgaan aangewezen.</translation>
    </message>
    <message>
        <source>Designated: %1.</source>
        <translation>Aangewezen: %1.</translation>
    </message>
    <message>
        <source>level</source>
        <translation>niveau</translation>
    </message>
    <message>
        <source>size</source>
        <translation>omvang</translation>
    </message>
    <message>
        <source>Learning outcomes, level and size are stated.</source>
        <translation>Leeruitkomsten, niveau en omvang zijn vermeld.</translation>
    </message>
    <message>
        <source>Filled in when the credential is issued to a learner.</source>
        <translation>Wordt ingevuld wanneer de microcredential aan een lerende wordt uitgereikt.</translation>
    </message>
    <message>
        <source>Every mandatory element of the EU Recommendation is stated.</source>
        <translation>Alle verplichte elementen van de EU-aanbeveling zijn vermeld.</translation>
    </message>
    <message>
        <source>Unknown check %1.</source>
        <translation>Onbekende controle %1.</translation>
    </message>
    <message>
        <source>Stated: %1.</source>
        <translation>Vermeld: %1.</translation>
    </message>
    <message>
        <source>Missing: %1 (required by the EU Recommendation).</source>
        <translation>Ontbreekt: %1 (verplicht volgens de EU-aanbeveling).</translation>
    </message>
    <message>
        <source>Not stated: %1 (advised by the EU Recommendation).</source>
        <translation>Niet vermeld: %1 (aanbevolen door de EU-aanbeveling).</translation>
    </message>
    <message>
        <source>%1 SBU is below the guideline: a microcredential in mbo is in principle not smaller than 240 SBU.</source>
        <translation>%1 SBU ligt onder de richtlijn: een microcredential in het mbo is in beginsel niet kleiner dan 240 SBU.</translation>
    </message>
    <message>
        <source>%1 EC is below 1 EC, the smallest unit of the wo experiment (1 May 2025 to 30 April 2027); the guideline is 3 to 30 EC.</source>
        <translation>%1 EC is minder dan 1 EC, de kleinste eenheid van het wo-experiment (1 mei 2025 tot en met 30 april 2027); de richtlijn is 3 tot 30 EC.</translation>
    </message>
    <message>
        <source>%1 EC is outside the guideline of 3 to 30 EC.</source>
        <translation>%1 EC valt buiten de richtlijn van 3 tot 30 EC.</translation>
    </message>
    <message>
        <source>The target group is not described.</source>
        <translation>De doelgroep is niet beschreven.</translation>
    </message>
    <message>
        <source>There are admission requirements, but not how they are tested.</source>
        <translation>Er zijn toelatingseisen, maar niet hoe ze worden getoetst.</translation>
    </message>
    <message>
        <source>The design says there are no admission requirements, yet describes some.</source>
        <translation>Het ontwerp zegt dat er geen toelatingseisen zijn, maar beschrijft er wel.</translation>
    </message>
    <message>
        <source>The design says no prior knowledge is needed, yet describes some.</source>
        <translation>Het ontwerp zegt dat er geen voorkennis nodig is, maar beschrijft die wel.</translation>
    </message>
    <message>
        <source>prior knowledge described</source>
        <translation>voorkennis beschreven</translation>
    </message>
    <message>
        <source>no prior knowledge needed</source>
        <translation>geen voorkennis nodig</translation>
    </message>
    <message>
        <source>prior knowledge not stated (needed only where it applies)</source>
        <translation>voorkennis niet opgegeven (alleen nodig waar die van toepassing is)</translation>
    </message>
    <message>
        <source>admission requirements and their testing described</source>
        <translation>toelatingseisen en hun toetsing beschreven</translation>
    </message>
    <message>
        <source>no admission requirements</source>
        <translation>geen toelatingseisen</translation>
    </message>
    <message>
        <source>admission requirements not stated (only any there are)</source>
        <translation>toelatingseisen niet opgegeven (alleen eventuele eisen)</translation>
    </message>
    <message>
        <source>Target group described; %1; %2.</source>
        <translation>Doelgroep beschreven; %1; %2.</translation>
    </message>
</context>
<context>
    <name>mcs::Catalogue</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: no such catalogue</source>
        <translation>%1: deze catalogus bestaat niet</translation>
    </message>
    <message>
        <source>%1: is a folder, not a catalogue</source>
        <translation>%1: is een map, geen catalogus</translation>
    </message>
    <message>
        <source>%1: cannot be read (permission denied)</source>
        <translation>%1: kan niet worden gelezen (geen toegang)</translation>
    </message>
    <message>
        <source>%1: not a Microcredential Studio catalogue (not an SQLite database)</source>
        <translation>%1: geen catalogus van Microcredential Studio (geen SQLite-database)</translation>
    </message>
    <message>
        <source>%1: already exists</source>
        <translation>%1: bestaat al</translation>
    </message>
    <message>
        <source>%1: the folder does not exist</source>
        <translation>%1: de map bestaat niet</translation>
    </message>
    <message>
        <source>the database is not a Microcredential Studio catalogue</source>
        <translation>de database is geen catalogus van Microcredential Studio</translation>
    </message>
    <message>
        <source>cannot be opened as a catalogue: %1</source>
        <translation>kan niet als catalogus worden geopend: %1</translation>
    </message>
    <message>
        <source>was written by a newer version of Microcredential Studio (catalogue schema %1; this version reads up to %2). It has not been changed; please update the program.</source>
        <translation>is gemaakt met een nieuwere versie van Microcredential Studio (catalogusschema %1; deze versie leest tot en met %2). Het bestand is niet gewijzigd; werk het programma bij.</translation>
    </message>
    <message>
        <source>no microcredential with id %1</source>
        <translation>geen microcredential met id %1</translation>
    </message>
    <message>
        <source>“%1” was changed by someone else in the meantime (row version %2, expected %3); nothing was overwritten</source>
        <translation>“%1” is intussen door iemand anders gewijzigd (rijversie %2, verwacht %3); er is niets overschreven</translation>
    </message>
    <message>
        <source>“%1” was deleted by someone else in the meantime</source>
        <translation>“%1” is intussen door iemand anders verwijderd</translation>
    </message>
    <message>
        <source>“%1” was changed by someone else in the meantime; nothing was overwritten</source>
        <translation>“%1” is intussen door iemand anders gewijzigd; er is niets overschreven</translation>
    </message>
    <message>
        <source>%1: the PostgreSQL driver for Qt is not installed (Debian: libqt6sql6-psql)</source>
        <translation>%1: het PostgreSQL-stuurprogramma voor Qt is niet geïnstalleerd (Debian: libqt6sql6-psql)</translation>
    </message>
    <message>
        <source>cannot connect: %1</source>
        <translation>kan geen verbinding maken: %1</translation>
    </message>
    <message>
        <source>the database is empty; set it up as a catalogue first (mcstudio-cli init %1)</source>
        <translation>de database is leeg; richt hem eerst in als catalogus (mcstudio-cli init %1)</translation>
    </message>
    <message>
        <source>the database already holds tables</source>
        <translation>de database bevat al tabellen</translation>
    </message>
    <message>
        <source>“%1” was changed by someone else in the meantime; look at it again before taking this step</source>
        <translation>“%1” is intussen door iemand anders gewijzigd; bekijk het opnieuw voordat u deze stap zet</translation>
    </message>
    <message>
        <source>a design cannot go from “%1” to “%2” as %3</source>
        <translation>een ontwerp kan niet van “%1” naar “%2” gaan als %3</translation>
    </message>
    <message>
        <source>%1 does not have the role %2</source>
        <translation>%1 heeft de rol %2 niet</translation>
    </message>
    <message>
        <source>going back to draft needs a reason</source>
        <translation>voor teruggaan naar concept is een reden nodig</translation>
    </message>
    <message>
        <source>“%1” was changed by someone else in the meantime</source>
        <translation>“%1” is intussen door iemand anders gewijzigd</translation>
    </message>
    <message>
        <source>version %1 of “%2” is not approved yet; edit it as it is</source>
        <translation>versie %1 van “%2” is nog niet goedgekeurd; bewerk die versie gewoon</translation>
    </message>
    <message>
        <source>no version %1 of the microcredential with id %2</source>
        <translation>geen versie %1 van de microcredential met id %2</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, versie %2</translation>
    </message>
    <message>
        <source>“%1” is at version %2 already; version %3 cannot be saved over it</source>
        <translation>“%1” is al bij versie %2; versie %3 kan daar niet overheen worden opgeslagen</translation>
    </message>
    <message>
        <source>the status of “%1” changes only through the approval workflow</source>
        <translation>de status van “%1” verandert alleen via de goedkeuringsroute</translation>
    </message>
    <message>
        <source>version %1 of “%2” is approved and cannot be changed; start a new version to edit it</source>
        <translation>versie %1 van “%2” is goedgekeurd en kan niet meer worden gewijzigd; begin een nieuwe versie om te bewerken</translation>
    </message>
    <message>
        <source>a new version of “%1” starts as a draft, from an approved version</source>
        <translation>een nieuwe versie van “%1” begint als concept, vanuit een goedgekeurde versie</translation>
    </message>
    <message>
        <source>only an approver moves a design in with its status; import it instead, and it enters as a draft</source>
        <translation>alleen een goedkeurder brengt een ontwerp over met zijn status; importeer het anders, dan komt het binnen als concept</translation>
    </message>
    <message>
        <source>this catalogue already knows “%1” (id %2); a design is moved in with its history only once</source>
        <translation>deze catalogus kent “%1” al (id %2); een ontwerp wordt maar één keer met zijn geschiedenis overgebracht</translation>
    </message>
    <message numerus="yes">
        <source>moved in from %1 by an approver, keeping its status “%2” and %n kept version(s)</source>
        <translation>
            <numerusform>door een goedkeurder overgebracht uit %1, met behoud van de status “%2” en %n bewaarde versie</numerusform>
            <numerusform>door een goedkeurder overgebracht uit %1, met behoud van de status “%2” en %n bewaarde versies</numerusform>
        </translation>
    </message>
    <message>
        <source>step taken in %1 on %2 by %3 as %4: from “%5” to “%6”</source>
        <translation>stap gezet in %1 op %2 door %3 als %4: van “%5” naar “%6”</translation>
    </message>
    <message>
        <source>version %1 could not be read</source>
        <translation>versie %1 kon niet worden gelezen</translation>
    </message>
    <message>
        <source>came in from %1 as version %2, “%3”; entered as a draft, version %4</source>
        <translation>binnengekomen uit %1 als versie %2, “%3”; opgenomen als concept, versie %4</translation>
    </message>
    <message>
        <source>replaced from %1, which said version %2, “%3”; kept here as version %4, “%5”</source>
        <translation>vervangen uit %1, dat versie %2, “%3” vermeldde; hier bewaard als versie %4, “%5”</translation>
    </message>
    <message>
        <source>“%1” is in the catalogue again, saved by someone else in the meantime; nothing was overwritten</source>
        <translation>“%1” staat weer in de catalogus, intussen door iemand anders opgeslagen; er is niets overschreven</translation>
    </message>
    <message>
        <source>the microcredential was changed since (row version %1, expected %2); it was not removed</source>
        <translation>de microcredential is intussen gewijzigd (rijversie %1, verwacht %2); hij is niet verwijderd</translation>
    </message>
    <message>
        <source>the microcredential was removed by someone else already</source>
        <translation>de microcredential is al door iemand anders verwijderd</translation>
    </message>
    <message>
        <source>%1 needs the role %2; %3 does not have it</source>
        <translation>%1 vraagt de rol %2; %3 heeft die niet</translation>
    </message>
    <message>
        <source>the stored framework %1 cannot be read: %2</source>
        <translation>het opgeslagen kwaliteitskader %1 kan niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>catalogue %1</source>
        <translation>catalogus %1</translation>
    </message>
    <message>
        <source>adding a quality framework</source>
        <translation>een kwaliteitskader toevoegen</translation>
    </message>
    <message>
        <source>removing a quality framework</source>
        <translation>een kwaliteitskader verwijderen</translation>
    </message>
    <message>
        <source>the catalogue has no quality framework %1</source>
        <translation>de catalogus heeft geen kwaliteitskader %1</translation>
    </message>
    <message>
        <source>an institution needs an identifier and a name</source>
        <translation>een instelling heeft een code en een naam nodig</translation>
    </message>
    <message>
        <source>changing an institution</source>
        <translation>een instelling wijzigen</translation>
    </message>
    <message>
        <source>recording an institution&apos;s evidence</source>
        <translation>de onderbouwing van een instelling vastleggen</translation>
    </message>
    <message>
        <source>the catalogue has no institution %1</source>
        <translation>de catalogus heeft geen instelling %1</translation>
    </message>
    <message>
        <source>choosing the catalogue&apos;s default institution</source>
        <translation>de standaardinstelling van de catalogus kiezen</translation>
    </message>
</context>
<context>
    <name>mcs::CatalogueLocation</name>
    <message>
        <source>%1: not a usable catalogue address; expected postgresql://user@host:port/database</source>
        <translation>%1: geen bruikbaar catalogusadres; verwacht postgresql://gebruiker@server:poort/database</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 op %2</translation>
    </message>
    <message>
        <source>%1: put the password in PGPASSWORD or ~/.pgpass, not in the catalogue address</source>
        <translation>%1: zet het wachtwoord in PGPASSWORD of ~/.pgpass, niet in het catalogusadres</translation>
    </message>
</context>
<context>
    <name>mcs::CatalogueMigrations</name>
    <message>
        <source>the database has no Microcredential Studio tables</source>
        <translation>de database heeft geen tabellen van Microcredential Studio</translation>
    </message>
    <message>
        <source>the database is not a Microcredential Studio catalogue</source>
        <translation>de database is geen catalogus van Microcredential Studio</translation>
    </message>
    <message>
        <source>upgrading to schema version %1 failed: %2</source>
        <translation>bijwerken naar schemaversie %1 is mislukt: %2</translation>
    </message>
</context>
<context>
    <name>mcs::ChecklistJson</name>
    <message>
        <source>a design has one checklist per framework</source>
        <translation>een ontwerp heeft één checklist per kader</translation>
    </message>
    <message>
        <source>must be a date written as YYYY-MM-DD</source>
        <translation>moet een datum zijn in de vorm JJJJ-MM-DD</translation>
    </message>
</context>
<context>
    <name>mcs::CompletionScore</name>
    <message>
        <source>title</source>
        <translation>titel</translation>
    </message>
    <message>
        <source>awarding institution</source>
        <translation>uitgevende instelling</translation>
    </message>
    <message>
        <source>target group</source>
        <translation>doelgroep</translation>
    </message>
    <message>
        <source>prior knowledge</source>
        <translation>voorkennis</translation>
    </message>
    <message>
        <source>admission requirements</source>
        <translation>toelatingseisen</translation>
    </message>
    <message>
        <source>admission testing</source>
        <translation>toelatingstoets</translation>
    </message>
    <message>
        <source>study load</source>
        <translation>studielast</translation>
    </message>
    <message>
        <source>level</source>
        <translation>niveau</translation>
    </message>
    <message>
        <source>learning outcomes</source>
        <translation>leeruitkomsten</translation>
    </message>
    <message>
        <source>assessments</source>
        <translation>toetsen</translation>
    </message>
    <message>
        <source>form of participation</source>
        <translation>vorm van deelname</translation>
    </message>
    <message>
        <source>examining body</source>
        <translation>examencommissie</translation>
    </message>
    <message>
        <source>quality assurance</source>
        <translation>kwaliteitsborging</translation>
    </message>
</context>
<context>
    <name>mcs::CsvTable</name>
    <message>
        <source>%1: the file is larger than the limit of %2 MiB</source>
        <translation>%1: het bestand is groter dan de grens van %2 MiB</translation>
    </message>
    <message>
        <source>%1: %2: the file is not valid UTF-8 text; save it from the spreadsheet as “CSV UTF-8”</source>
        <translation>%1: %2: het bestand is geen geldige UTF-8-tekst; sla het in het spreadsheet op als “CSV UTF-8”</translation>
    </message>
    <message>
        <source>%1: the file is empty</source>
        <translation>%1: het bestand is leeg</translation>
    </message>
    <message>
        <source>%1: line %2: a cell is longer than %3 characters</source>
        <translation>%1: regel %2: een cel is langer dan %3 tekens</translation>
    </message>
    <message>
        <source>%1: line %2: a quoted cell is not closed</source>
        <translation>%1: regel %2: een cel tussen aanhalingstekens wordt niet afgesloten</translation>
    </message>
    <message numerus="yes">
        <source>%1: more than %n row(s)</source>
        <translation>
            <numerusform>%1: meer dan %n rij</numerusform>
            <numerusform>%1: meer dan %n rijen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mcs::DesignDiagnostics</name>
    <message>
        <source>%1 %2 (%3): %4</source>
        <translation>%1 %2 (%3): %4</translation>
    </message>
    <message>
        <source>Learning outcome %1 (%2): %3</source>
        <translation>Leeruitkomst %1 (%2): %3</translation>
    </message>
    <message>
        <source>%1, version %2, applies %3: on %4 it is outside its period. Check whether a newer version or another framework applies.</source>
        <translation>%1, versie %2, geldt %3: op %4 valt de controle buiten die periode. Ga na of een nieuwere versie of een ander kader geldt.</translation>
    </message>
    <message>
        <source>%1 %2 (%3): the institution&apos;s evidence was valid until %4 and needs review.</source>
        <translation>%1 %2 (%3): de onderbouwing van de instelling was geldig tot %4 en moet opnieuw worden bekeken.</translation>
    </message>
</context>
<context>
    <name>mcs::DesignImporter</name>
    <message>
        <source>%1: the file is larger than the limit of %2 MiB</source>
        <translation>%1: het bestand is groter dan de grens van %2 MiB</translation>
    </message>
    <message>
        <source>everything but the learning outcomes: a spreadsheet holds only those</source>
        <translation>alles behalve de leeruitkomsten: een spreadsheet bevat alleen die</translation>
    </message>
    <message>
        <source>%1: not a format this program reads (a .mcdesign file, an edubadges BadgeClass, an Open Badges 3.0 achievement, an ELM qualification, a Europass credential or a spreadsheet of learning outcomes)</source>
        <translation>%1: geen indeling die dit programma leest (een .mcdesign-bestand, een edubadges-BadgeClass, een Open Badges 3.0-achievement, een ELM-kwalificatie, een Europass-credential of een spreadsheet met leeruitkomsten)</translation>
    </message>
</context>
<context>
    <name>mcs::DesignTextCleaner</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>mcs::DocumentExporter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan %1 niet schrijven: %2</translation>
    </message>
    <message>
        <source>the ODF document could not be written</source>
        <translation>het ODF-document kon niet worden geschreven</translation>
    </message>
</context>
<context>
    <name>mcs::DocumentTexts</name>
    <message>
        <source>mbo (secondary vocational education)</source>
        <translation>mbo (middelbaar beroepsonderwijs)</translation>
    </message>
    <message>
        <source>hbo (higher professional education)</source>
        <translation>hbo (hoger beroepsonderwijs)</translation>
    </message>
    <message>
        <source>wo (university education)</source>
        <translation>wo (wetenschappelijk onderwijs)</translation>
    </message>
    <message>
        <source>other</source>
        <translation>overig</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Concept</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Gepubliceerd</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Gearchiveerd</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In behandeling</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Voldaan</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>Niet voldaan</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Niet van toepassing</translation>
    </message>
    <message>
        <source>Written exam</source>
        <translation>Schriftelijk examen</translation>
    </message>
    <message>
        <source>Oral exam</source>
        <translation>Mondeling examen</translation>
    </message>
    <message>
        <source>Report or paper</source>
        <translation>Verslag of paper</translation>
    </message>
    <message>
        <source>Behavioural assessment</source>
        <translation>Gedragsbeoordeling</translation>
    </message>
    <message>
        <source>Professional product</source>
        <translation>Beroepsproduct</translation>
    </message>
    <message>
        <source>Development report</source>
        <translation>Ontwikkelingsverslag</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>Portfolio</translation>
    </message>
    <message>
        <source>Personalised assessment</source>
        <translation>Gepersonaliseerde toetsing</translation>
    </message>
    <message>
        <source>Practical assessment</source>
        <translation>Praktijkexamen</translation>
    </message>
    <message>
        <source>Project work</source>
        <translation>Projectopdracht</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>On site</source>
        <translation>Op locatie</translation>
    </message>
    <message>
        <source>Blended</source>
        <translation>Blended</translation>
    </message>
    <message>
        <source>Work-based</source>
        <translation>Werkplekleren</translation>
    </message>
    <message>
        <source>Unsupervised, no identity check</source>
        <translation>Zonder toezicht, zonder identiteitscontrole</translation>
    </message>
    <message>
        <source>Supervised, no identity check</source>
        <translation>Met toezicht, zonder identiteitscontrole</translation>
    </message>
    <message>
        <source>Supervised, with identity check</source>
        <translation>Met toezicht en identiteitscontrole</translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation>Kennis</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Vaardigheden</translation>
    </message>
    <message>
        <source>Responsibility and autonomy</source>
        <translation>Verantwoordelijkheid en zelfstandigheid</translation>
    </message>
    <message>
        <source>Remember</source>
        <translation>Onthouden</translation>
    </message>
    <message>
        <source>Understand</source>
        <translation>Begrijpen</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Toepassen</translation>
    </message>
    <message>
        <source>Analyse</source>
        <translation>Analyseren</translation>
    </message>
    <message>
        <source>Evaluate</source>
        <translation>Evalueren</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Creëren</translation>
    </message>
    <message>
        <source>%1 EC (%2 hours)</source>
        <translation>%1 EC (%2 uur)</translation>
    </message>
    <message>
        <source>%1 SBU (%2 EC)</source>
        <translation>%1 SBU (%2 EC)</translation>
    </message>
    <message>
        <source>EQF level %1</source>
        <translation>EQF-niveau %1</translation>
    </message>
    <message>
        <source>NLQF entry level</source>
        <translation>NLQF-instroomniveau</translation>
    </message>
    <message>
        <source>NLQF level %1</source>
        <translation>NLQF-niveau %1</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Duits</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Frans</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Spaans</translation>
    </message>
    <message>
        <source>Frisian</source>
        <translation>Fries</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>Pools</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>Turks</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Arabisch</translation>
    </message>
    <message>
        <source>Catalogue overview</source>
        <translation>Catalogusoverzicht</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 van %2</translation>
    </message>
    <message>
        <source>%1: 1 microcredential, %2.</source>
        <translation>%1: 1 microcredential, %2.</translation>
    </message>
    <message>
        <source>%1: %2 microcredentials, %3.</source>
        <translation>%1: %2 microcredentials, %3.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Study load</source>
        <translation>Studielast</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Laatst gewijzigd</translation>
    </message>
    <message>
        <source>The catalogue holds no microcredentials.</source>
        <translation>De catalogus bevat geen microcredentials.</translation>
    </message>
    <message>
        <source>None: judged by the team</source>
        <translation>Geen: oordeel van het team</translation>
    </message>
    <message>
        <source>Meets the check</source>
        <translation>Voldoet aan de controle</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Vraagt aandacht</translation>
    </message>
    <message>
        <source>Does not meet the check</source>
        <translation>Voldoet niet aan de controle</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterium</translation>
    </message>
    <message>
        <source>Automatic check</source>
        <translation>Automatische controle</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Bewijs</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Verantwoordelijke</translation>
    </message>
    <message>
        <source>Reviewer&apos;s comment</source>
        <translation>Opmerking van de beoordelaar</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Beoordeeld</translation>
    </message>
    <message>
        <source>Checklist review: %1</source>
        <translation>Beoordeling checklist: %1</translation>
    </message>
    <message>
        <source>Fingerprint %1</source>
        <translation>Vingerafdruk %1</translation>
    </message>
    <message>
        <source>Checklist review report</source>
        <translation>Beoordelingsrapport checklist</translation>
    </message>
    <message>
        <source>Quality framework</source>
        <translation>Kwaliteitskader</translation>
    </message>
    <message>
        <source>Checked against version</source>
        <translation>Getoetst aan versie</translation>
    </message>
    <message>
        <source>Design version</source>
        <translation>Versie van het ontwerp</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Criteria</translation>
    </message>
    <message>
        <source>Review signed off</source>
        <translation>Beoordeling afgetekend</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Nog niet</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Content fingerprint</source>
        <translation>Inhoudelijke vingerafdruk</translation>
    </message>
    <message>
        <source>Changes in the framework since the design was checked</source>
        <translation>Wijzigingen in het kader sinds de beoordeling</translation>
    </message>
    <message>
        <source>Checked against version %1; this report uses version %2.</source>
        <translation>Getoetst aan versie %1; dit rapport gebruikt versie %2.</translation>
    </message>
    <message>
        <source>Open items</source>
        <translation>Openstaande punten</translation>
    </message>
    <message>
        <source>Completed items</source>
        <translation>Afgeronde punten</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Description of the microcredential for approval</source>
        <translation>Beschrijving van de microcredential ter vaststelling</translation>
    </message>
    <message>
        <source>Stand-alone</source>
        <translation>Zelfstandig</translation>
    </message>
    <message>
        <source>Stackable</source>
        <translation>Stapelbaar</translation>
    </message>
    <message>
        <source>Stackable towards: %1</source>
        <translation>Stapelbaar naar: %1</translation>
    </message>
    <message>
        <source>Awarding body</source>
        <translation>Uitgevende instelling</translation>
    </message>
    <message>
        <source>Form of participation</source>
        <translation>Vorm van deelname</translation>
    </message>
    <message>
        <source>Languages of instruction</source>
        <translation>Instructietalen</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Bedrijfstak</translation>
    </message>
    <message>
        <source>Programme codes</source>
        <translation>Opleidingscodes</translation>
    </message>
    <message>
        <source>Grading</source>
        <translation>Beoordeling</translation>
    </message>
    <message>
        <source>Stackability</source>
        <translation>Stapelbaarheid</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>Geldigheid</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 maanden</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>Onbeperkt</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Auteurs</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Learning outcome</source>
        <translation>Leeruitkomst</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domein</translation>
    </message>
    <message>
        <source>Bloom level</source>
        <translation>Bloom-niveau</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation>Toezicht</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Leeruitkomsten</translation>
    </message>
    <message>
        <source>A%1</source>
        <translation>T%1</translation>
    </message>
    <message>
        <source>Judged by the team</source>
        <translation>Oordeel van het team</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Handtekening</translation>
    </message>
    <message>
        <source>Project leader (review)</source>
        <translation>Projectleider (beoordeling)</translation>
    </message>
    <message>
        <source>Examination board (examencommissie)</source>
        <translation>Examencommissie</translation>
    </message>
    <message>
        <source>Executive board (College van Bestuur)</source>
        <translation>College van Bestuur</translation>
    </message>
    <message>
        <source>Version %1 · %2</source>
        <translation>Versie %1 · %2</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <source>General information</source>
        <translation>Algemene gegevens</translation>
    </message>
    <message>
        <source>Target group and admission</source>
        <translation>Doelgroep en toelating</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>Doelgroep</translation>
    </message>
    <message>
        <source>Prior knowledge</source>
        <translation>Voorkennis</translation>
    </message>
    <message>
        <source>Admission requirements</source>
        <translation>Toelatingseisen</translation>
    </message>
    <message>
        <source>How admission is tested</source>
        <translation>Hoe de toelating wordt getoetst</translation>
    </message>
    <message>
        <source>Learning outcomes</source>
        <translation>Leeruitkomsten</translation>
    </message>
    <message>
        <source>No learning outcomes have been described yet.</source>
        <translation>Er zijn nog geen leeruitkomsten beschreven.</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Toetsing</translation>
    </message>
    <message>
        <source>No assessments have been described yet.</source>
        <translation>Er is nog geen toetsing beschreven.</translation>
    </message>
    <message>
        <source>Alignment of learning outcomes and assessments</source>
        <translation>Afstemming van leeruitkomsten en toetsing</translation>
    </message>
    <message>
        <source>A mark means that the assessment (A1, A2, ...) assesses the learning outcome.</source>
        <translation>Een vinkje betekent dat de toets (T1, T2, ...) de leeruitkomst toetst.</translation>
    </message>
    <message>
        <source>Labour market and quality assurance</source>
        <translation>Arbeidsmarkt en kwaliteitsborging</translation>
    </message>
    <message>
        <source>Labour-market value</source>
        <translation>Arbeidsmarktwaarde</translation>
    </message>
    <message>
        <source>Regional partners</source>
        <translation>Regionale partners</translation>
    </message>
    <message>
        <source>Examining body</source>
        <translation>Examencommissie</translation>
    </message>
    <message>
        <source>Quality assurance</source>
        <translation>Kwaliteitsborging</translation>
    </message>
    <message>
        <source>Further information</source>
        <translation>Aanvullende informatie</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Informatie</translation>
    </message>
    <message>
        <source>Web page</source>
        <translation>Webpagina</translation>
    </message>
    <message>
        <source>Quality framework checklist</source>
        <translation>Checklist kwaliteitskader</translation>
    </message>
    <message>
        <source>%1, version %2. Status as judged by the team; the automatic check is the program&apos;s own verdict from the description.</source>
        <translation>%1, versie %2. De status is het oordeel van het team; de automatische controle is het eigen oordeel van het programma op grond van de beschrijving.</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Vaststelling</translation>
    </message>
    <message>
        <source>By signing, the approvers confirm this description, version %1, with content fingerprint %2.</source>
        <translation>Met hun handtekening stellen de ondertekenaars deze beschrijving vast: versie %1, met inhoudelijke vingerafdruk %2.</translation>
    </message>
    <message>
        <source>Submitted for review</source>
        <translation>Ter beoordeling ingediend</translation>
    </message>
    <message>
        <source>Approved by the examination committee</source>
        <translation>Goedgekeurd door de examencommissie</translation>
    </message>
    <message>
        <source>Approved by the board</source>
        <translation>Vastgesteld door het bestuur</translation>
    </message>
    <message>
        <source>Microcredential Studio: user guide</source>
        <translation>Microcredential Studio: handleiding</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Handleiding</translation>
    </message>
    <message>
        <source>Designing, reviewing and approving microcredentials</source>
        <translation>Microcredentials ontwerpen, beoordelen en vaststellen</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhoud</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>vanaf %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>tot en met %1</translation>
    </message>
    <message>
        <source>without an end date</source>
        <translation>zonder einddatum</translation>
    </message>
    <message>
        <source>Period of the framework</source>
        <translation>Geldigheid van het kader</translation>
    </message>
    <message>
        <source>%1 (this report&apos;s date is outside it)</source>
        <translation>%1 (de datum van dit rapport valt erbuiten)</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>van %1 tot en met %2</translation>
    </message>
    <message>
        <source>Level in another framework</source>
        <translation>Niveau in een ander kader</translation>
    </message>
    <message>
        <source>Maximum duration</source>
        <translation>Maximale duur</translation>
    </message>
    <message>
        <source>Learning setting</source>
        <translation>Leercontext</translation>
    </message>
    <message>
        <source>Partial qualification</source>
        <translation>Deelkwalificatie</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Vaardigheid</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>The learning outcomes are linked to these skills (ESCO and other frameworks):</source>
        <translation>De leeruitkomsten zijn gekoppeld aan deze vaardigheden (ESCO en andere kaders):</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n jaar</numerusform>
            <numerusform>%n jaar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n maand</numerusform>
            <numerusform>%n maanden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n week</numerusform>
            <numerusform>%n weken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n uur</numerusform>
            <numerusform>%n uur</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuut</numerusform>
            <numerusform>%n minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>Formal learning</source>
        <translation>Formeel leren</translation>
    </message>
    <message>
        <source>Non-formal learning</source>
        <translation>Non-formeel leren</translation>
    </message>
    <message>
        <source>Part of a larger qualification</source>
        <translation>Onderdeel van een grotere kwalificatie</translation>
    </message>
    <message>
        <source>A whole qualification</source>
        <translation>Een volledige kwalificatie</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>Recognition of prior learning</source>
        <translation>Erkenning van eerder verworven competenties (EVC)</translation>
    </message>
    <message>
        <source>%1: a grade from %2 to %3</source>
        <translation>%1: een cijfer van %2 tot en met %3</translation>
    </message>
    <message>
        <source>%1: a grade from %2 to %3, passed from %4</source>
        <translation>%1: een cijfer van %2 tot en met %3, behaald vanaf %4</translation>
    </message>
    <message>
        <source>None needed</source>
        <translation>Niet nodig</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <source>Not inherited: this design gives its own evidence.</source>
        <translation>Niet overgenomen: dit ontwerp geeft een eigen onderbouwing.</translation>
    </message>
    <message>
        <source>None recorded by the institution.</source>
        <translation>De instelling heeft niets vastgelegd.</translation>
    </message>
    <message>
        <source>Recorded by %1 on %2</source>
        <translation>Vastgelegd door %1 op %2</translation>
    </message>
    <message>
        <source>was valid until %1: needs review</source>
        <translation>was geldig tot %1: opnieuw bekijken</translation>
    </message>
    <message>
        <source>valid until %1</source>
        <translation>geldig tot %1</translation>
    </message>
    <message>
        <source>(as copied at approval)</source>
        <translation>(zoals overgenomen bij de goedkeuring)</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Handreiking</translation>
    </message>
    <message>
        <source>Institution evidence</source>
        <translation>Onderbouwing van de instelling</translation>
    </message>
    <message>
        <source>Institution (%1): %2</source>
        <translation>Instelling (%1): %2</translation>
    </message>
    <message>
        <source>Needs review: valid until %1</source>
        <translation>Opnieuw bekijken: geldig tot %1</translation>
    </message>
    <message>
        <source>The framework applies %1.</source>
        <translation>Het kader geldt %1.</translation>
    </message>
    <message>
        <source>Note: this version of the framework applies %1; the date of this description is outside that period.</source>
        <translation>Let op: deze versie van het kader geldt %1; de datum van deze beschrijving valt buiten die periode.</translation>
    </message>
</context>
<context>
    <name>mcs::EducredentialsProfile</name>
    <message>
        <source>Quality assurance</source>
        <translation>Kwaliteitsborging</translation>
    </message>
    <message>
        <source>edubadges will not take this as a microcredential: its profile asks for 3 to 30 EC, and the design has %1 EC.</source>
        <translation>edubadges neemt dit niet aan als microcredential: het profiel vraagt 3 tot 30 EC, en het ontwerp heeft %1 EC.</translation>
    </message>
    <message>
        <source>edubadges will not take this as a microcredential: its profile asks for at least 240 SBU, and the design has %1.</source>
        <translation>edubadges neemt dit niet aan als microcredential: het profiel vraagt ten minste 240 SBU, en het ontwerp heeft er %1.</translation>
    </message>
    <message>
        <source>The design has no assessment: the profile&apos;s assessment type and supervision are written as the weakest values (testing, unsupervised).</source>
        <translation>Het ontwerp heeft geen toetsing: de toetsvorm en het toezicht van het profiel zijn geschreven als de zwakste waarden (toetsen, zonder toezicht).</translation>
    </message>
    <message>
        <source>The design has no form of participation: the profile requires one, written as &quot;onsite or blended&quot;.</source>
        <translation>Het ontwerp heeft geen vorm van deelname: het profiel vraagt er een; geschreven als &quot;onsite or blended&quot;.</translation>
    </message>
    <message>
        <source>SBU or ECTS</source>
        <translation>SBU of ECTS</translation>
    </message>
    <message>
        <source>hbo or wo: ECTS say higher education, not which (set to hbo)</source>
        <translation>hbo of wo: ECTS zeggen hoger onderwijs, niet welk (op hbo gezet)</translation>
    </message>
</context>
<context>
    <name>mcs::ElmImport</name>
    <message>
        <source>the review checklists</source>
        <translation>de beoordelingschecklists</translation>
    </message>
    <message>
        <source>status, version and authors</source>
        <translation>status, versie en auteurs</translation>
    </message>
    <message>
        <source>the sector (set to %1 from the issuer&apos;s country and the study load&apos;s unit)</source>
        <translation>de sector (op %1 gezet naar het land van de uitgever en de eenheid van de studielast)</translation>
    </message>
</context>
<context>
    <name>mcs::EuropassCredential</name>
    <message>
        <source>%1. %2 (%3)</source>
        <translation>%1. %2 (%3)</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>zonder titel</translation>
    </message>
    <message>
        <source>no specification</source>
        <translation>geen specificatie</translation>
    </message>
    <message>
        <source>A Europass credential (plain JSON-LD).</source>
        <translation>Een Europass-credential (gewone JSON-LD).</translation>
    </message>
    <message>
        <source>A Europass credential in its uploadable wrapping.</source>
        <translation>Een Europass-credential in de uploadbare verpakking.</translation>
    </message>
    <message>
        <source>A signed Europass credential. The signature is not verified: this program reads the description, it does not check who issued it.</source>
        <translation>Een ondertekende Europass-credential. De handtekening is niet gecontroleerd: dit programma leest de beschrijving, het controleert niet wie de credential uitgaf.</translation>
    </message>
</context>
<context>
    <name>mcs::EuropassImport</name>
    <message>
        <source>%1: not a Europass credential</source>
        <translation>%1: geen Europass-credential</translation>
    </message>
    <message>
        <source>%1: the Europass credential claims nothing (credentialSubject.hasClaim is empty)</source>
        <translation>%1: de Europass-credential bevat geen claims (credentialSubject.hasClaim is leeg)</translation>
    </message>
    <message>
        <source>%1: this Europass credential certifies participation only (a learning activity: %2). It says that someone took part, not what they can do, so it describes no microcredential: a design needs a qualification or learning achievement with learning outcomes.</source>
        <translation>%1: deze Europass-credential bevestigt alleen deelname (een leeractiviteit: %2). Hij zegt dat iemand heeft deelgenomen, niet wat die kan, en beschrijft dus geen microcredential: een ontwerp vraagt een kwalificatie of leerresultaat met leeruitkomsten.</translation>
    </message>
    <message>
        <source>%1: this Europass credential holds no qualification or learning achievement, only:
%2</source>
        <translation>%1: deze Europass-credential bevat geen kwalificatie of leerresultaat, alleen:
%2</translation>
    </message>
    <message numerus="yes">
        <source>%1: the credential holds %n claims that can become a design; choose one (--claim N) or all (--claim all):
%2</source>
        <translation>
            <numerusform>%1: de credential bevat %n claim die een ontwerp kan worden; kies er een (--claim N) of alle (--claim all):
%2</numerusform>
            <numerusform>%1: de credential bevat %n claims die een ontwerp kunnen worden; kies er een (--claim N) of alle (--claim all):
%2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: there is no claim %2; the credential holds:
%3</source>
        <translation>%1: er is geen claim %2; de credential bevat:
%3</translation>
    </message>
    <message>
        <source>%1: claim %2 is a %3, which describes no microcredential; choose one of:
%4</source>
        <translation>%1: claim %2 is een %3, die geen microcredential beschrijft; kies een van:
%4</translation>
    </message>
    <message>
        <source>Claim %1 of %2: %3 (%4)</source>
        <translation>Claim %1 van %2: %3 (%4)</translation>
    </message>
    <message>
        <source>EQF level and accreditation: ELM gives these to a qualification only</source>
        <translation>EQF-niveau en accreditatie: ELM kent die alleen aan een kwalificatie toe</translation>
    </message>
</context>
<context>
    <name>mcs::ExchangeFormats</name>
    <message>
        <source>Microcredential Studio design file</source>
        <translation>Microcredential Studio-ontwerpbestand</translation>
    </message>
    <message>
        <source>edubadges (Open Badges 2.0)</source>
        <translation>edubadges (Open Badges 2.0)</translation>
    </message>
    <message>
        <source>Open Badges 3.0 achievement</source>
        <translation>Open Badges 3.0-achievement</translation>
    </message>
    <message>
        <source>Open Badges 3.0 credential template</source>
        <translation>Open Badges 3.0-credentialsjabloon</translation>
    </message>
    <message>
        <source>Europass (European Learning Model)</source>
        <translation>Europass (European Learning Model)</translation>
    </message>
    <message>
        <source>Spreadsheet (CSV)</source>
        <translation>Spreadsheet (CSV)</translation>
    </message>
    <message>
        <source>Europass credential (EDC)</source>
        <translation>Europass-credential (EDC)</translation>
    </message>
</context>
<context>
    <name>mcs::FileInput</name>
    <message>
        <source>%1: no such file</source>
        <translation>%1: dit bestand bestaat niet</translation>
    </message>
    <message>
        <source>%1: is a folder, not a file</source>
        <translation>%1: is een map, geen bestand</translation>
    </message>
    <message>
        <source>%1: the file is %2 MiB, larger than the limit of %3 MiB</source>
        <translation>%1: het bestand is %2 MiB, groter dan de grens van %3 MiB</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1: kan niet worden gelezen (%2)</translation>
    </message>
</context>
<context>
    <name>mcs::FileOutput</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan %1 niet schrijven: %2</translation>
    </message>
</context>
<context>
    <name>mcs::FrameworkChanges</name>
    <message>
        <source>New criterion %1: %2</source>
        <translation>Nieuw criterium %1: %2</translation>
    </message>
    <message>
        <source>Criterion %1 was reworded since it was checked: %2</source>
        <translation>Criterium %1 is anders geformuleerd sinds het is beoordeeld: %2</translation>
    </message>
    <message>
        <source>Criterion %1 is no longer part of the framework</source>
        <translation>Criterium %1 maakt geen deel meer uit van het kader</translation>
    </message>
</context>
<context>
    <name>mcs::FrameworkLibrary</name>
    <message>
        <source>must be one of %1</source>
        <translation>moet een van deze waarden zijn: %1</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>mag niet leeg zijn</translation>
    </message>
    <message>
        <source>unknown automatic check &apos;%1&apos;</source>
        <translation>onbekende automatische controle &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: dit bestand bestaat niet</translation>
    </message>
    <message>
        <source>%1: is a folder, not a framework file</source>
        <translation>%1: is een map, geen kaderbestand</translation>
    </message>
    <message>
        <source>%1: the file is too large for a quality framework</source>
        <translation>%1: het bestand is te groot voor een kwaliteitskader</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1: kan niet worden gelezen (%2)</translation>
    </message>
    <message>
        <source>%1: %2: the file is not valid UTF-8 text</source>
        <translation>%1: %2: het bestand is geen geldige UTF-8-tekst</translation>
    </message>
    <message>
        <source>%1: %2: not valid JSON (%3)</source>
        <translation>%1: %2: geen geldige JSON (%3)</translation>
    </message>
    <message>
        <source>%1: not a quality framework (expected a JSON object)</source>
        <translation>%1: geen kwaliteitskader (een JSON-object verwacht)</translation>
    </message>
    <message>
        <source>this program reads framework format version 1</source>
        <translation>dit programma leest kaderformaat versie 1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is used twice</source>
        <translation>&apos;%1&apos; komt twee keer voor</translation>
    </message>
    <message>
        <source>a framework needs an id and a version</source>
        <translation>een kader heeft een id en een versie nodig</translation>
    </message>
    <message>
        <source>a framework needs at least one criterion</source>
        <translation>een kader heeft ten minste één criterium nodig</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>vanaf %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>tot en met %1</translation>
    </message>
    <message>
        <source>without an end date</source>
        <translation>zonder einddatum</translation>
    </message>
    <message>
        <source>must be a date written as YYYY-MM-DD</source>
        <translation>moet een datum zijn in de vorm JJJJ-MM-DD</translation>
    </message>
    <message>
        <source>ends before it starts (validFrom)</source>
        <translation>eindigt voordat hij begint (validFrom)</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>van %1 tot en met %2</translation>
    </message>
    <message>
        <source>must be design or institution</source>
        <translation>moet design of institution zijn</translation>
    </message>
</context>
<context>
    <name>mcs::ImportPlausibility</name>
    <message>
        <source>The study load says %1 hours for %2 EC, %3 hours per EC; an EC is 25 to 30 hours. The design takes the credits, at 28 hours per EC (%4 hours).</source>
        <translation>De studielast noemt %1 uur voor %2 EC, %3 uur per EC; een EC is 25 tot 30 uur. Het ontwerp neemt de studiepunten, tegen 28 uur per EC (%4 uur).</translation>
    </message>
    <message>
        <source>The file states no study load (no credits, no hours).</source>
        <translation>Het bestand noemt geen studielast (geen studiepunten, geen uren).</translation>
    </message>
    <message>
        <source>%1 SBU is below the 240 SBU an mbo microcredential has in principle.</source>
        <translation>%1 SBU is minder dan de 240 SBU die een mbo-microcredential in principe heeft.</translation>
    </message>
    <message>
        <source>%1 EC is outside the 3 to 30 EC of an hbo/wo microcredential.</source>
        <translation>%1 EC valt buiten de 3 tot 30 EC van een hbo/wo-microcredential.</translation>
    </message>
    <message>
        <source>%1 hours of study cannot fit in the maximum duration of %2, which is at most %3 hours on the calendar.</source>
        <translation>%1 uur studie past niet in de maximale duur van %2, die op de kalender ten hoogste %3 uur is.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; lasts %2, longer than the qualification&apos;s maximum duration of %3.</source>
        <translation>„%1” duurt %2, langer dan de maximale duur van de kwalificatie, %3.</translation>
    </message>
    <message>
        <source>The national level &quot;%1&quot; is of %2&apos;s framework (%3), but the issuer is in %4.</source>
        <translation>Het nationale niveau „%1” hoort bij het kader van %2 (%3), maar de uitgever zit in %4.</translation>
    </message>
    <message>
        <source>The file names no quality assurance.</source>
        <translation>Het bestand noemt geen kwaliteitsborging.</translation>
    </message>
    <message>
        <source>The EQF level &quot;%1&quot; is not one of the levels 1 to 8; the design has none.</source>
        <translation>Het EQF-niveau „%1” is geen van de niveaus 1 tot en met 8; het ontwerp heeft er geen.</translation>
    </message>
    <message>
        <source>The file gives no EQF level.</source>
        <translation>Het bestand geeft geen EQF-niveau.</translation>
    </message>
    <message>
        <source>The file has no learning outcomes.</source>
        <translation>Het bestand heeft geen leeruitkomsten.</translation>
    </message>
    <message>
        <source>The Dutch edubadges profile requires terms this file lacks: %1.</source>
        <translation>Het Nederlandse edubadges-profiel vraagt termen die dit bestand mist: %1.</translation>
    </message>
</context>
<context>
    <name>mcs::InterchangeReader</name>
    <message>
        <source>English texts</source>
        <translation>Engelse teksten</translation>
    </message>
    <message>
        <source>which assessment assesses which outcome</source>
        <translation>welke toets welke leeruitkomst toetst</translation>
    </message>
    <message>
        <source>the review checklists</source>
        <translation>de beoordelingschecklists</translation>
    </message>
    <message>
        <source>status and authors</source>
        <translation>status en auteurs</translation>
    </message>
    <message>
        <source>identifiers of learning outcomes and assessments</source>
        <translation>kenmerken van leeruitkomsten en toetsen</translation>
    </message>
    <message>
        <source>%1: unknown format</source>
        <translation>%1: onbekend formaat</translation>
    </message>
    <message>
        <source>%1: the %2 file has no title: not a microcredential</source>
        <translation>%1: het %2-bestand heeft geen titel: geen microcredential</translation>
    </message>
    <message>
        <source>skills linked to learning outcomes</source>
        <translation>vaardigheden gekoppeld aan leeruitkomsten</translation>
    </message>
    <message>
        <source>maximum duration, learning setting and partial qualification</source>
        <translation>maximale duur, leercontext en deelkwalificatie</translation>
    </message>
</context>
<context>
    <name>mcs::JsonFieldReader</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation>moet een van deze waarden zijn: %1</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>onbekend veld</translation>
    </message>
    <message>
        <source>missing field</source>
        <translation>veld ontbreekt</translation>
    </message>
    <message>
        <source>must be a text</source>
        <translation>moet een tekst zijn</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>moet een geheel getal van %1 tot en met %2 zijn</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>moet een object zijn</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>moet een lijst zijn</translation>
    </message>
    <message>
        <source>must be a UTC time like 2026-01-31T09:30:00.000Z</source>
        <translation>moet een UTC-tijd zijn zoals 2026-01-31T09:30:00.000Z</translation>
    </message>
    <message numerus="yes">
        <source>text of %n character(s) is longer than the limit of %1</source>
        <translation>
            <numerusform>tekst van %n teken is langer dan de grens van %1</numerusform>
            <numerusform>tekst van %n tekens is langer dan de grens van %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>list of %n item(s) is longer than the limit of %1</source>
        <translation>
            <numerusform>lijst van %n item is langer dan de grens van %1</numerusform>
            <numerusform>lijst van %n items is langer dan de grens van %1</numerusform>
        </translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>moet true of false zijn</translation>
    </message>
</context>
<context>
    <name>mcs::KeptVersions</name>
    <message>
        <source>the kept content of version %1 is damaged</source>
        <translation>de bewaarde inhoud van versie %1 is beschadigd</translation>
    </message>
</context>
<context>
    <name>mcs::LevelFrameworks</name>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1: kan niet worden gelezen (%2)</translation>
    </message>
    <message>
        <source>%1: not a valid level file (%2)</source>
        <translation>%1: geen geldig niveaubestand (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: the EQF has 8 levels, the file describes %2</source>
        <translation>%1: het EQF heeft 8 niveaus, het bestand beschrijft er %2</translation>
    </message>
    <message>
        <source>%1: NLQF level %2 is missing</source>
        <translation>%1: NLQF-niveau %2 ontbreekt</translation>
    </message>
</context>
<context>
    <name>mcs::McdesignReader</name>
    <message>
        <source>must be a lowercase UUID such as 3f2b8c1e-5d4a-4e8b-9c7d-1a2b3c4d5e6f</source>
        <translation>moet een UUID in kleine letters zijn, zoals 3f2b8c1e-5d4a-4e8b-9c7d-1a2b3c4d5e6f</translation>
    </message>
    <message>
        <source>must be the id of a learning outcome</source>
        <translation>moet het id van een leeruitkomst zijn</translation>
    </message>
    <message>
        <source>must be a two-letter country code such as NL</source>
        <translation>moet een landcode van twee letters zijn, zoals NL</translation>
    </message>
    <message>
        <source>must be a two-letter language code such as nl</source>
        <translation>moet een taalcode van twee letters zijn, zoals nl</translation>
    </message>
    <message>
        <source>must be empty or a web address starting with https://</source>
        <translation>moet leeg zijn of een webadres dat begint met https://</translation>
    </message>
    <message>
        <source>%1: the file is %2 MiB, larger than the limit of %3 MiB for a design</source>
        <translation>%1: het bestand is %2 MiB, groter dan de grens van %3 MiB voor een ontwerp</translation>
    </message>
    <message>
        <source>%1: the file is empty</source>
        <translation>%1: het bestand is leeg</translation>
    </message>
    <message>
        <source>%1: %2: the file is not valid UTF-8 text</source>
        <translation>%1: %2: het bestand is geen geldige UTF-8-tekst</translation>
    </message>
    <message>
        <source>%1: %2: not valid JSON (%3)</source>
        <translation>%1: %2: geen geldige JSON (%3)</translation>
    </message>
    <message>
        <source>%1: not a microcredential design (expected a JSON object)</source>
        <translation>%1: geen microcredentialontwerp (een JSON-object verwacht)</translation>
    </message>
    <message>
        <source>%1: not a microcredential design (no formatVersion and microcredential fields)</source>
        <translation>%1: geen microcredentialontwerp (velden formatVersion en microcredential ontbreken)</translation>
    </message>
    <message>
        <source>%1: format version %2 is newer than this program reads (version %3); please update Microcredential Studio</source>
        <translation>%1: formaatversie %2 is nieuwer dan dit programma kan lezen (versie %3); werk Microcredential Studio bij</translation>
    </message>
    <message>
        <source>%1: unknown format version %2</source>
        <translation>%1: onbekende formaatversie %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>must be the address (URI) of a skill</source>
        <translation>moet het adres (URI) van een vaardigheid zijn</translation>
    </message>
    <message>
        <source>must be empty or a calendar duration such as P6M (ISO 8601)</source>
        <translation>moet leeg zijn of een kalenderduur zoals P6M (ISO 8601)</translation>
    </message>
    <message>
        <source>must be true, false or null</source>
        <translation>moet true, false of null zijn</translation>
    </message>
</context>
<context>
    <name>mcs::NeedsAttention</name>
    <message>
        <source>Checked against %1 %2, which applies %3.</source>
        <translation>Getoetst aan %1 %2, dat geldt %3.</translation>
    </message>
    <message>
        <source>The institution&apos;s evidence for %1 %2 was valid until %3 and needs review.</source>
        <translation>De onderbouwing van de instelling voor %1 %2 was geldig tot %3 en moet opnieuw worden bekeken.</translation>
    </message>
</context>
<context>
    <name>mcs::OutcomeLinter</name>
    <message>
        <source>remember</source>
        <translation>onthouden</translation>
    </message>
    <message>
        <source>understand</source>
        <translation>begrijpen</translation>
    </message>
    <message>
        <source>apply</source>
        <translation>toepassen</translation>
    </message>
    <message>
        <source>analyse</source>
        <translation>analyseren</translation>
    </message>
    <message>
        <source>evaluate</source>
        <translation>evalueren</translation>
    </message>
    <message>
        <source>create</source>
        <translation>creëren</translation>
    </message>
    <message>
        <source>“%1” is not observable: how would an assessor see it?</source>
        <translation>“%1” is niet waarneembaar: hoe zou een beoordelaar het zien?</translation>
    </message>
    <message>
        <source>Use an observable verb such as: %1</source>
        <translation>Gebruik een waarneembaar werkwoord, zoals: %1</translation>
    </message>
    <message>
        <source>No action verb found: say what the learner does, with one observable verb.</source>
        <translation>Geen handelingswerkwoord gevonden: zeg met één waarneembaar werkwoord wat de lerende doet.</translation>
    </message>
    <message>
        <source>For example: %1</source>
        <translation>Bijvoorbeeld: %1</translation>
    </message>
    <message>
        <source>Two performances in one outcome (“%1” and “%2”): split it so that each can be assessed.</source>
        <translation>Twee prestaties in één leeruitkomst (“%1” en “%2”): splits ze zodat elk getoetst kan worden.</translation>
    </message>
    <message>
        <source>“%1” is at the Bloom level “%2”; an outcome at EQF level %3 is expected to reach at least “%4”.</source>
        <translation>“%1” ligt op Bloom-niveau “%2”; van een leeruitkomst op EQF-niveau %3 wordt ten minste “%4” verwacht.</translation>
    </message>
    <message>
        <source>Consider: %1</source>
        <translation>Overweeg: %1</translation>
    </message>
    <message>
        <source>No context or standard: say where, with what or to which standard the learner performs.</source>
        <translation>Geen context of norm: zeg waar, waarmee of volgens welke norm de lerende handelt.</translation>
    </message>
    <message>
        <source>For example: “volgens de geldende richtlijnen”, “in een praktijksituatie”</source>
        <translation>Bijvoorbeeld: “volgens de geldende richtlijnen”, “in een praktijksituatie”</translation>
    </message>
    <message>
        <source>For example: “according to current guidelines”, “in a workplace setting”</source>
        <translation>Bijvoorbeeld: “according to current guidelines”, “in a workplace setting”</translation>
    </message>
    <message>
        <source>This looks like English text in the Dutch field.</source>
        <translation>Dit lijkt Engelse tekst in het Nederlandse veld.</translation>
    </message>
    <message>
        <source>This looks like Dutch text in the English field.</source>
        <translation>Dit lijkt Nederlandse tekst in het Engelse veld.</translation>
    </message>
    <message numerus="yes">
        <source>Only %n word(s): an outcome names the action, its object and the context or standard.</source>
        <translation>
            <numerusform>Slechts %n woord: een leeruitkomst noemt de handeling, het object en de context of norm.</numerusform>
            <numerusform>Slechts %n woorden: een leeruitkomst noemt de handeling, het object en de context of norm.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n word(s): a long outcome is hard to assess; keep it under %1 words.</source>
        <translation>
            <numerusform>%n woord: een lange leeruitkomst is lastig te toetsen; blijf onder de %1 woorden.</numerusform>
            <numerusform>%n woorden: een lange leeruitkomst is lastig te toetsen; blijf onder de %1 woorden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mcs::OutcomesCsv</name>
    <message>
        <source>%1: no column with learning outcomes; name the columns “nl” and “en” (or Nederlands and Engels)</source>
        <translation>%1: geen kolom met leeruitkomsten; noem de kolommen “nl” en “en” (of Nederlands en Engels)</translation>
    </message>
    <message>
        <source>%1: line %2: unknown domain “%3” (knowledge, skills, responsibilityAutonomy)</source>
        <translation>%1: regel %2: onbekend domein “%3” (kennis, vaardigheden, verantwoordelijkheid en zelfstandigheid)</translation>
    </message>
    <message>
        <source>%1: line %2: unknown Bloom level “%3” (remember, understand, apply, analyse, evaluate, create)</source>
        <translation>%1: regel %2: onbekend Bloom-niveau “%3” (onthouden, begrijpen, toepassen, analyseren, evalueren, creëren)</translation>
    </message>
    <message>
        <source>%1: the file has no learning outcomes</source>
        <translation>%1: het bestand bevat geen leeruitkomsten</translation>
    </message>
</context>
<context>
    <name>mcs::PainterOutput</name>
    <message>
        <source>the document could not be started on the output device</source>
        <translation>het afdrukken op het uitvoerapparaat kon niet worden gestart</translation>
    </message>
    <message>
        <source>a new page could not be started</source>
        <translation>er kon geen nieuwe pagina worden begonnen</translation>
    </message>
    <message>
        <source>the document could not be completed</source>
        <translation>het document kon niet worden voltooid</translation>
    </message>
</context>
<context>
    <name>mcs::StructuralValidator</name>
    <message>
        <source>%1 is missing</source>
        <translation>%1 ontbreekt</translation>
    </message>
    <message>
        <source>%1 has no Dutch text</source>
        <translation>%1 heeft geen Nederlandse tekst</translation>
    </message>
    <message>
        <source>%1 has no English text</source>
        <translation>%1 heeft geen Engelse tekst</translation>
    </message>
    <message>
        <source>The microcredential has no learning outcomes</source>
        <translation>De microcredential heeft geen leeruitkomsten</translation>
    </message>
    <message>
        <source>Learning outcome %1 has an invalid identifier</source>
        <translation>Leeruitkomst %1 heeft een ongeldig id</translation>
    </message>
    <message>
        <source>Learning outcome %1 has the same identifier as another one</source>
        <translation>Leeruitkomst %1 heeft hetzelfde id als een andere</translation>
    </message>
    <message>
        <source>Learning outcome %1</source>
        <translation>Leeruitkomst %1</translation>
    </message>
    <message>
        <source>The microcredential has no assessment</source>
        <translation>De microcredential heeft geen toetsing</translation>
    </message>
    <message>
        <source>Assessment %1 has an invalid identifier</source>
        <translation>Toets %1 heeft een ongeldig id</translation>
    </message>
    <message>
        <source>Assessment %1 has the same identifier as another one</source>
        <translation>Toets %1 heeft hetzelfde id als een andere</translation>
    </message>
    <message>
        <source>The description of assessment %1</source>
        <translation>De beschrijving van toets %1</translation>
    </message>
    <message>
        <source>Assessment %1 refers to a learning outcome that does not exist</source>
        <translation>Toets %1 verwijst naar een leeruitkomst die niet bestaat</translation>
    </message>
    <message>
        <source>No EQF or NLQF level is given</source>
        <translation>Er is geen EQF- of NLQF-niveau opgegeven</translation>
    </message>
    <message>
        <source>NLQF level %1 does not correspond to EQF level %2</source>
        <translation>NLQF-niveau %1 komt niet overeen met EQF-niveau %2</translation>
    </message>
    <message>
        <source>The microcredential has an invalid identifier</source>
        <translation>De microcredential heeft een ongeldig id</translation>
    </message>
    <message>
        <source>The title</source>
        <translation>De titel</translation>
    </message>
    <message>
        <source>The summary</source>
        <translation>De samenvatting</translation>
    </message>
    <message>
        <source>The awarding institution is missing</source>
        <translation>De uitgevende instelling ontbreekt</translation>
    </message>
    <message>
        <source>The study load is missing</source>
        <translation>De studielast ontbreekt</translation>
    </message>
    <message>
        <source>The last change is dated before the creation</source>
        <translation>De laatste wijziging is gedateerd vóór het aanmaken</translation>
    </message>
</context>
<context>
    <name>mcs::StudyLoad</name>
    <message>
        <source>%1 EC (%2 hours)</source>
        <translation>%1 EC (%2 uur)</translation>
    </message>
    <message>
        <source>%1 SBU (%2 EC)</source>
        <translation>%1 SBU (%2 EC)</translation>
    </message>
</context>
<context>
    <name>mcs::TextSanitizer</name>
    <message numerus="yes">
        <source>%n control character(s)</source>
        <translation>
            <numerusform>%n stuurteken</numerusform>
            <numerusform>%n stuurtekens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n direction override(s)</source>
        <translation>
            <numerusform>%n richtingsteken</numerusform>
            <numerusform>%n richtingstekens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) that are not text</source>
        <translation>
            <numerusform>%n teken dat geen tekst is</numerusform>
            <numerusform>%n tekens die geen tekst zijn</numerusform>
        </translation>
    </message>
    <message>
        <source>removed %1</source>
        <translation>verwijderd: %1</translation>
    </message>
</context>
<context>
    <name>mcs::Utf8</name>
    <message>
        <source>line %1, column %2</source>
        <translation>regel %1, kolom %2</translation>
    </message>
</context>
<context>
    <name>mcs::VerbLexicon</name>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1: kan niet worden gelezen (%2)</translation>
    </message>
    <message>
        <source>%1: %2: not valid JSON (%3)</source>
        <translation>%1: %2: geen geldige JSON (%3)</translation>
    </message>
    <message>
        <source>unknown Bloom level &apos;%1&apos;</source>
        <translation>onbekend Bloom-niveau &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the infinitive must start with the particle</source>
        <translation>de infinitief moet met het partikel beginnen</translation>
    </message>
    <message>
        <source>the lexicon has no action verbs</source>
        <translation>de woordenlijst heeft geen handelingswerkwoorden</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>mcs::WorkflowNames</name>
    <message>
        <source>Draft</source>
        <translation>Concept</translation>
    </message>
    <message>
        <source>Submitted for review</source>
        <translation>Ter beoordeling ingediend</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Beoordeeld</translation>
    </message>
    <message>
        <source>Approved by the examination committee</source>
        <translation>Goedgekeurd door de examencommissie</translation>
    </message>
    <message>
        <source>Approved by the board</source>
        <translation>Vastgesteld door het bestuur</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Gepubliceerd</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Gearchiveerd</translation>
    </message>
    <message>
        <source>editor</source>
        <translation>opsteller</translation>
    </message>
    <message>
        <source>reviewer</source>
        <translation>beoordelaar</translation>
    </message>
    <message>
        <source>approver</source>
        <translation>goedkeurder</translation>
    </message>
</context>
<context>
    <name>mcs::ui::AboutBox</name>
    <message>
        <source>&lt;h3&gt;Microcredential Studio %1&lt;/h3&gt;&lt;p&gt;Design, check and document microcredentials.&lt;/p&gt;&lt;p&gt;Build %2. Built with Qt %3, running on Qt %4.&lt;/p&gt;&lt;p&gt;Licensed under the European Union Public Licence, version 1.2 (EUPL-1.2). Documents are set in DejaVu Sans (Bitstream Vera licence).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Microcredential Studio %1&lt;/h3&gt;&lt;p&gt;Microcredentials ontwerpen, toetsen en beschrijven.&lt;/p&gt;&lt;p&gt;Build %2. Gebouwd met Qt %3, draait op Qt %4.&lt;/p&gt;&lt;p&gt;Uitgegeven onder de Openbare Licentie van de Europese Unie, versie 1.2 (EUPL-1.2). Documenten zijn gezet in DejaVu Sans (Bitstream Vera-licentie).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Microcredential Studio</source>
        <translation>Over Microcredential Studio</translation>
    </message>
</context>
<context>
    <name>mcs::ui::AdmissionSection</name>
    <message>
        <source>&amp;Target group</source>
        <translation>&amp;Doelgroep</translation>
    </message>
    <message>
        <source>&amp;Prior knowledge</source>
        <translation>V&amp;oorkennis</translation>
    </message>
    <message>
        <source>&amp;Admission requirements</source>
        <translation>Toe&amp;latingseisen</translation>
    </message>
    <message>
        <source>&amp;How admission is tested</source>
        <translation>&amp;Hoe de toelating wordt getoetst</translation>
    </message>
    <message>
        <source>Target group and admission</source>
        <translation>Doelgroep en toelating</translation>
    </message>
    <message>
        <source>Who the microcredential is for and what they need to start (mbo criterion 7).</source>
        <translation>Voor wie de microcredential is en wat zij nodig hebben om te beginnen (mbo-criterium 7).</translation>
    </message>
    <message>
        <source>No prior &amp;knowledge is needed</source>
        <translation>Er is &amp;geen voorkennis nodig</translation>
    </message>
    <message>
        <source>There are n&amp;o admission requirements</source>
        <translation>Er zijn geen toelating&amp;seisen</translation>
    </message>
</context>
<context>
    <name>mcs::ui::AssessmentsSection</name>
    <message>
        <source>&amp;Assessments</source>
        <translation>To&amp;etsen</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Toetsen</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>Toevoe&amp;gen</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Ve&amp;rwijderen</translation>
    </message>
    <message>
        <source>Type of assessment</source>
        <translation>Soort toets</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Soort</translation>
    </message>
    <message>
        <source>Change type of assessment</source>
        <translation>Soort toets wijzigen</translation>
    </message>
    <message>
        <source>Description of the assessment</source>
        <translation>Beschrijving van de toets</translation>
    </message>
    <message>
        <source>Edit assessment %1</source>
        <translation>Toets %1 bewerken</translation>
    </message>
    <message>
        <source>Supervision and identity verification</source>
        <translation>Toezicht en identiteitscontrole</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Niet ingevuld</translation>
    </message>
    <message>
        <source>&amp;Supervision</source>
        <translation>T&amp;oezicht</translation>
    </message>
    <message>
        <source>Change supervision</source>
        <translation>Toezicht wijzigen</translation>
    </message>
    <message>
        <source>Alignment of learning outcomes and assessments</source>
        <translation>Afstemming van leeruitkomsten en toetsing</translation>
    </message>
    <message>
        <source>assessed</source>
        <translation>getoetst</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>niet getoetst</translation>
    </message>
    <message>
        <source>Link outcome to assessment</source>
        <translation>Leeruitkomst aan toets koppelen</translation>
    </message>
    <message>
        <source>Unlink outcome from assessment</source>
        <translation>Leeruitkomst van toets loskoppelen</translation>
    </message>
    <message>
        <source>Add assessment</source>
        <translation>Toets toevoegen</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Toetsing</translation>
    </message>
    <message>
        <source>How the learning outcomes are assessed; every outcome needs at least one assessment.</source>
        <translation>Hoe de leeruitkomsten worden getoetst; elke leeruitkomst heeft ten minste één toets nodig.</translation>
    </message>
    <message>
        <source>Outcome %1, assessment %2: %3</source>
        <translation>Leeruitkomst %1, toets %2: %3</translation>
    </message>
    <message>
        <source>Remove assessment %1</source>
        <translation>Toets %1 verwijderen</translation>
    </message>
    <message>
        <source>Desc&amp;ription</source>
        <translation>Besc&amp;hrijving</translation>
    </message>
    <message>
        <source>A&amp;lignment matrix: check the learning outcomes each assessment assesses</source>
        <translation>Afstemmings&amp;matrix: vink aan welke leeruitkomsten elke toets toetst</translation>
    </message>
</context>
<context>
    <name>mcs::ui::BasicsSection</name>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>&amp;Samenvatting</translation>
    </message>
    <message>
        <source>Awarding &amp;institution</source>
        <translation>Uitgevende &amp;instelling</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>&amp;Regio</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Auteurs</translation>
    </message>
    <message>
        <source>Names, separated by commas</source>
        <translation>Namen, gescheiden door komma&apos;s</translation>
    </message>
    <message>
        <source>&amp;Authors</source>
        <translation>&amp;Auteurs</translation>
    </message>
    <message>
        <source>Edit authors</source>
        <translation>Auteurs bewerken</translation>
    </message>
    <message>
        <source>Basics</source>
        <translation>Basisgegevens</translation>
    </message>
    <message>
        <source>What the microcredential is called, what it is about, and who awards it.</source>
        <translation>Hoe de microcredential heet, waar hij over gaat en wie hem uitreikt.</translation>
    </message>
    <message>
        <source>Se&amp;ctor</source>
        <translation>S&amp;ector</translation>
    </message>
    <message>
        <source>BRIN or other i&amp;dentifier</source>
        <translation>BRIN of ander &amp;kenmerk</translation>
    </message>
    <message>
        <source>Countr&amp;y (ISO code)</source>
        <translation>&amp;Land (ISO-code)</translation>
    </message>
</context>
<context>
    <name>mcs::ui::BilingualTextEdit</name>
    <message>
        <source>%1 (Dutch)</source>
        <translation>%1 (Nederlands)</translation>
    </message>
    <message>
        <source>%1 (English)</source>
        <translation>%1 (Engels)</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engels</translation>
    </message>
</context>
<context>
    <name>mcs::ui::CatalogueEditCommand</name>
    <message>
        <source>Undo of “%1”</source>
        <translation>Ongedaan maken van “%1”</translation>
    </message>
    <message>
        <source>“%1” cannot be undone or redone: %2. It was taken off the undo list.</source>
        <translation>“%1” kan niet ongedaan worden gemaakt of opnieuw worden uitgevoerd: %2. Het is van de lijst voor ongedaan maken gehaald.</translation>
    </message>
</context>
<context>
    <name>mcs::ui::CatalogueFilterBar</name>
    <message>
        <source>Search titles and learning outcomes</source>
        <translation>Zoeken in titels en leeruitkomsten</translation>
    </message>
    <message>
        <source>Show status</source>
        <translation>Status tonen</translation>
    </message>
    <message>
        <source>Every status</source>
        <translation>Alle statussen</translation>
    </message>
    <message>
        <source>Show sector</source>
        <translation>Sector tonen</translation>
    </message>
    <message>
        <source>Every sector</source>
        <translation>Alle sectoren</translation>
    </message>
    <message>
        <source>Show EQF level</source>
        <translation>EQF-niveau tonen</translation>
    </message>
    <message>
        <source>Every level</source>
        <translation>Alle niveaus</translation>
    </message>
    <message>
        <source>EQF %1</source>
        <translation>EQF %1</translation>
    </message>
    <message>
        <source>Only the designs that need a look now: checked against a quality framework outside its period. Each shows why in its tooltip.</source>
        <translation>Alleen de ontwerpen die nu aandacht vragen: getoetst aan een kwaliteitskader buiten zijn geldigheidsperiode. Bij elk staat in de tooltip waarom.</translation>
    </message>
    <message numerus="yes">
        <source>Needs a&amp;ttention (%n)</source>
        <translation>
            <numerusform>Vraagt aa&amp;ndacht (%n)</numerusform>
            <numerusform>Vragen aa&amp;ndacht (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show only the %n design(s) that need attention</source>
        <translation>
            <numerusform>Alleen het %n ontwerp tonen dat aandacht vraagt</numerusform>
            <numerusform>Alleen de %n ontwerpen tonen die aandacht vragen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mcs::ui::CatalogueSwitcher</name>
    <message>
        <source>Open Catalogue</source>
        <translation>Catalogus openen</translation>
    </message>
    <message>
        <source>Microcredential catalogues (*.mcdb);;All files (*)</source>
        <translation>Microcredentialcatalogi (*.mcdb);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>New Catalogue</source>
        <translation>Nieuwe catalogus</translation>
    </message>
    <message>
        <source>Microcredential catalogues (*.mcdb)</source>
        <translation>Microcredentialcatalogi (*.mcdb)</translation>
    </message>
    <message>
        <source>Cannot create the catalogue</source>
        <translation>Kan de catalogus niet aanmaken</translation>
    </message>
    <message>
        <source>Cannot open the catalogue</source>
        <translation>Kan de catalogus niet openen</translation>
    </message>
    <message>
        <source>Cannot connect to the shared catalogue</source>
        <translation>Kan geen verbinding maken met de gedeelde catalogus</translation>
    </message>
</context>
<context>
    <name>mcs::ui::CatalogueTableModel</name>
    <message>
        <source>%1 (v%2)</source>
        <translation>%1 (v%2)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Study load</source>
        <translation>Studielast</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Laatst gewijzigd</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Compleet</translation>
    </message>
    <message>
        <source>Needs attention:</source>
        <translation>Vraagt aandacht:</translation>
    </message>
</context>
<context>
    <name>mcs::ui::CatalogueTableView</name>
    <message>
        <source>Microcredentials in the catalogue</source>
        <translation>Microcredentials in de catalogus</translation>
    </message>
</context>
<context>
    <name>mcs::ui::ChecklistItemEditor</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Verantwoordelijke</translation>
    </message>
    <message>
        <source>Person responsible for this criterion</source>
        <translation>Verantwoordelijke voor dit criterium</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Bewijs</translation>
    </message>
    <message>
        <source>What shows that the design meets this criterion</source>
        <translation>Wat laat zien dat het ontwerp aan dit criterium voldoet</translation>
    </message>
    <message>
        <source>Evidence links</source>
        <translation>Links naar bewijs</translation>
    </message>
    <message>
        <source>One link per line</source>
        <translation>Eén link per regel</translation>
    </message>
    <message>
        <source>Reviewer&apos;s comment</source>
        <translation>Opmerking van de beoordelaar</translation>
    </message>
    <message>
        <source>Automatic check</source>
        <translation>Automatische controle</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>S&amp;tatus</translation>
    </message>
    <message>
        <source>&amp;Responsible</source>
        <translation>&amp;Verantwoordelijke</translation>
    </message>
    <message>
        <source>&amp;Evidence</source>
        <translation>&amp;Bewijs</translation>
    </message>
    <message>
        <source>&amp;Links</source>
        <translation>&amp;Links</translation>
    </message>
    <message>
        <source>Reviewer&apos;s co&amp;mment</source>
        <translation>Op&amp;merking van de beoordelaar</translation>
    </message>
    <message>
        <source>Reviewed by %1 on %2</source>
        <translation>Beoordeeld door %1 op %2</translation>
    </message>
    <message>
        <source>Select a criterion to review it.</source>
        <translation>Selecteer een criterium om het te beoordelen.</translation>
    </message>
    <message>
        <source>Criterion and guidance</source>
        <translation>Criterium en handreiking</translation>
    </message>
    <message>
        <source>Institution evidence</source>
        <translation>Onderbouwing van de instelling</translation>
    </message>
    <message>
        <source>This design gives its o&amp;wn evidence</source>
        <translation>Dit ontwerp geeft een &amp;eigen onderbouwing</translation>
    </message>
    <message>
        <source>Instead of the evidence the institution recorded once for all its designs</source>
        <translation>In plaats van de onderbouwing die de instelling eenmaal voor al haar ontwerpen heeft vastgelegd</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Handreiking</translation>
    </message>
    <message>
        <source>(advice of Microcredential Studio, not the framework&apos;s text)</source>
        <translation>(advies van Microcredential Studio, geen tekst van het kader)</translation>
    </message>
    <message>
        <source>The institution has recorded no evidence for this criterion (Review &gt; Institutions); the design&apos;s own evidence counts.</source>
        <translation>De instelling heeft voor dit criterium geen onderbouwing vastgelegd (Beoordelen &gt; Onderwijsinstellingen); de eigen onderbouwing van het ontwerp telt.</translation>
    </message>
    <message>
        <source>Recorded by %1 on %2</source>
        <translation>Vastgelegd door %1 op %2</translation>
    </message>
    <message>
        <source>was valid until %1: needs review</source>
        <translation>was geldig tot %1: opnieuw bekijken</translation>
    </message>
    <message>
        <source>valid until %1</source>
        <translation>geldig tot %1</translation>
    </message>
    <message>
        <source>As copied at approval.</source>
        <translation>Zoals overgenomen bij de goedkeuring.</translation>
    </message>
</context>
<context>
    <name>mcs::ui::ChecklistReviewDialog</name>
    <message>
        <source>Checklist review — %1</source>
        <translation>Beoordeling checklist — %1</translation>
    </message>
    <message>
        <source>Saved as a new version</source>
        <translation>Opgeslagen als nieuwe versie</translation>
    </message>
    <message>
        <source>Cannot save the review</source>
        <translation>Kan de beoordeling niet opslaan</translation>
    </message>
    <message>
        <source>%1

Your changes are kept in this window; closing it asks before they are lost.</source>
        <translation>%1

Uw wijzigingen blijven in dit venster bewaard; bij sluiten wordt eerst gevraagd of ze verloren mogen gaan.</translation>
    </message>
</context>
<context>
    <name>mcs::ui::ChecklistReviewWidget</name>
    <message>
        <source>Criteria</source>
        <translation>Criteria</translation>
    </message>
    <message>
        <source>Quality framework</source>
        <translation>Kwaliteitskader</translation>
    </message>
    <message>
        <source>&amp;Quality framework</source>
        <translation>&amp;Kwaliteitskader</translation>
    </message>
    <message>
        <source>Show &amp;open items only</source>
        <translation>Alleen &amp;openstaande punten tonen</translation>
    </message>
    <message>
        <source>Show open items only</source>
        <translation>Alleen openstaande punten tonen</translation>
    </message>
    <message>
        <source>Change the status of criterion %1</source>
        <translation>Status van criterium %1 wijzigen</translation>
    </message>
    <message>
        <source>Edit the evidence for criterion %1</source>
        <translation>Bewijs bij criterium %1 bewerken</translation>
    </message>
    <message>
        <source>Edit who is responsible for criterion %1</source>
        <translation>Verantwoordelijke voor criterium %1 bewerken</translation>
    </message>
    <message>
        <source>Edit the reviewer&apos;s comment on criterion %1</source>
        <translation>Opmerking van de beoordelaar bij criterium %1 bewerken</translation>
    </message>
    <message>
        <source>Edit the evidence links for criterion %1</source>
        <translation>Links naar bewijs bij criterium %1 bewerken</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n criteria open</source>
        <translation>
            <numerusform>%1 van %n criterium staat open</numerusform>
            <numerusform>%1 van %n criteria staan open</numerusform>
        </translation>
    </message>
    <message>
        <source>This version of the framework applies %1; today is outside that period. Check whether a newer version or another framework applies.</source>
        <translation>Deze versie van het kader geldt %1; vandaag valt buiten die periode. Ga na of een nieuwere versie of een ander kader geldt.</translation>
    </message>
    <message>
        <source>This checklist work was copied from “%1” on %2. Check that it holds for this design; the original&apos;s review and sign-off did not come along.</source>
        <translation>Dit checklistwerk is gekopieerd uit „%1” op %2. Controleer of het voor dit ontwerp klopt; de beoordeling en aftekening van het origineel zijn niet meegekomen.</translation>
    </message>
    <message>
        <source>Give this design&apos;s own evidence for criterion %1</source>
        <translation>Eigen onderbouwing geven voor criterium %1</translation>
    </message>
    <message>
        <source>Inherit the institution&apos;s evidence for criterion %1</source>
        <translation>De onderbouwing van de instelling overnemen voor criterium %1</translation>
    </message>
    <message>
        <source>Move the checklist to version %1</source>
        <translation>De checklist naar versie %1 overzetten</translation>
    </message>
</context>
<context>
    <name>mcs::ui::ChecklistTableModel</name>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterium</translation>
    </message>
    <message>
        <source>Automatic check</source>
        <translation>Automatische controle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Verantwoordelijke</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Bewijs</translation>
    </message>
    <message>
        <source>None: judged by the team</source>
        <translation>Geen: oordeel van het team</translation>
    </message>
    <message>
        <source>Meets the check</source>
        <translation>Voldoet aan de controle</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Vraagt aandacht</translation>
    </message>
    <message>
        <source>Does not meet the check</source>
        <translation>Voldoet niet aan de controle</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Niet van toepassing</translation>
    </message>
    <message>
        <source>Institution: %1</source>
        <translation>Instelling: %1</translation>
    </message>
</context>
<context>
    <name>mcs::ui::CleaningValidator</name>
    <message>
        <source>From the text that came in: %1</source>
        <translation>Uit de binnengekomen tekst: %1</translation>
    </message>
</context>
<context>
    <name>mcs::ui::ConflictDialog</name>
    <message>
        <source>Changed by Someone Else</source>
        <translation>Gewijzigd door iemand anders</translation>
    </message>
    <message>
        <source>Someone else saved “%1” while you were editing it. Your changes have not been saved and nothing of theirs was overwritten. These fields differ:</source>
        <translation>Iemand anders heeft “%1” opgeslagen terwijl u het bewerkte. Uw wijzigingen zijn niet opgeslagen en er is niets van de ander overschreven. Deze velden verschillen:</translation>
    </message>
    <message>
        <source>Saved by someone else</source>
        <translation>Opgeslagen door iemand anders</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Uw versie</translation>
    </message>
    <message>
        <source>&amp;Keep Mine</source>
        <translation>&amp;Mijn versie houden</translation>
    </message>
    <message>
        <source>Save your version over theirs: their changes in the fields above are replaced.</source>
        <translation>Uw versie over die van de ander opslaan: de wijzigingen van de ander in de velden hierboven worden vervangen.</translation>
    </message>
    <message>
        <source>&amp;Reload Theirs</source>
        <translation>&amp;Hun versie laden</translation>
    </message>
    <message>
        <source>Discard your unsaved changes and continue from their version.</source>
        <translation>Uw niet-opgeslagen wijzigingen vervallen; u gaat verder met de versie van de ander.</translation>
    </message>
    <message>
        <source>Decide &amp;Later</source>
        <translation>&amp;Later beslissen</translation>
    </message>
    <message>
        <source>Their version is %1 and stays exactly as approved. Keep Mine saves your changes as its next version, a draft.</source>
        <translation>De versie van de ander is %1 en blijft precies zoals goedgekeurd. Mijn versie houden slaat uw wijzigingen op als de volgende versie, een concept.</translation>
    </message>
    <message>
        <source>Save your changes as the next version of the approved one.</source>
        <translation>Uw wijzigingen opslaan als de volgende versie van de goedgekeurde.</translation>
    </message>
    <message>
        <source>It was archived in the meantime, and an archived design is not changed. Close this and use File &gt; Save a Copy to keep your changes in a file.</source>
        <translation>Het is intussen gearchiveerd, en een gearchiveerd ontwerp wordt niet meer gewijzigd. Sluit dit venster en gebruik Bestand &gt; Kopie opslaan om uw wijzigingen in een bestand te bewaren.</translation>
    </message>
</context>
<context>
    <name>mcs::ui::ConflictResolution</name>
    <message>
        <source>Cannot save the microcredential</source>
        <translation>Kan de microcredential niet opslaan</translation>
    </message>
    <message>
        <source>Version %1 was approved in the meantime and stays as approved; your changes are saved as version %2, a draft.</source>
        <translation>Versie %1 is intussen goedgekeurd en blijft zoals goedgekeurd; uw wijzigingen zijn opgeslagen als versie %2, een concept.</translation>
    </message>
</context>
<context>
    <name>mcs::ui::ConnectCatalogueDialog</name>
    <message>
        <source>Connect to Shared Catalogue</source>
        <translation>Verbinden met gedeelde catalogus</translation>
    </message>
    <message>
        <source>A shared catalogue lives in a PostgreSQL database on your school&apos;s server. Ask your application manager for these details.</source>
        <translation>Een gedeelde catalogus staat in een PostgreSQL-database op de server van uw school. Vraag uw applicatiebeheerder om deze gegevens.</translation>
    </message>
    <message>
        <source>Kept only while the program runs; never saved.</source>
        <translation>Alleen bewaard zolang het programma draait; nooit opgeslagen.</translation>
    </message>
    <message>
        <source>Set up an &amp;empty database as a new catalogue</source>
        <translation>Een l&amp;ege database inrichten als nieuwe catalogus</translation>
    </message>
    <message>
        <source>The password is kept only while the program runs. Without one, the server&apos;s own settings apply (for example a .pgpass file).</source>
        <translation>Het wachtwoord wordt alleen bewaard zolang het programma draait. Zonder wachtwoord gelden de instellingen van de server (bijvoorbeeld een .pgpass-bestand).</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>&amp;Server</translation>
    </message>
    <message>
        <source>&amp;Port</source>
        <translation>&amp;Poort</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>&amp;Database</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Gebruiker</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>&amp;Wachtwoord</translation>
    </message>
</context>
<context>
    <name>mcs::ui::DesignDocument</name>
    <message>
        <source>“%1” was archived in the meantime; your changes cannot be saved into it. File &gt; Save a Copy keeps them in a file.</source>
        <translation>“%1” is intussen gearchiveerd; uw wijzigingen kunnen er niet in worden opgeslagen. Bestand &gt; Kopie opslaan bewaart ze in een bestand.</translation>
    </message>
</context>
<context>
    <name>mcs::ui::DesignEditorWindow</name>
    <message>
        <source>Sections</source>
        <translation>Onderdelen</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Opnie&amp;uw</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bewerken</translation>
    </message>
    <message>
        <source>%1 — Microcredential Studio</source>
        <translation>%1 — Microcredential Studio</translation>
    </message>
    <message>
        <source>Untitled microcredential</source>
        <translation>Naamloze microcredential</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Niet opgeslagen: %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Bezig met opslaan…</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Alle wijzigingen opgeslagen</translation>
    </message>
    <message>
        <source>Cannot save the microcredential</source>
        <translation>Kan de microcredential niet opslaan</translation>
    </message>
    <message>
        <source>%1

Your changes are kept in this window. Close other windows that edit this microcredential and make another change to save again.</source>
        <translation>%1

Uw wijzigingen blijven in dit venster bewaard. Sluit andere vensters die deze microcredential bewerken en breng nog een wijziging aan om opnieuw op te slaan.</translation>
    </message>
    <message>
        <source>Start &amp;New Version</source>
        <translation>Nieuwe &amp;versie beginnen</translation>
    </message>
    <message>
        <source>The connection to the shared catalogue is lost. Your changes are kept in this window and saved when it returns (File &gt; Save a Copy keeps them in a file).</source>
        <translation>De verbinding met de gedeelde catalogus is verbroken. Uw wijzigingen blijven in dit venster en worden opgeslagen zodra de verbinding terug is (Bestand &gt; Kopie opslaan bewaart ze in een bestand).</translation>
    </message>
    <message>
        <source>Version %1 is %2 and can no longer be changed. To change it, start a new version: it begins as a draft, and this version stays as it was approved.</source>
        <translation>Versie %1 is %2 en kan niet meer worden gewijzigd. Begin een nieuwe versie om iets te wijzigen: die begint als concept, en deze versie blijft zoals hij is goedgekeurd.</translation>
    </message>
    <message>
        <source>Cannot save a copy</source>
        <translation>Kan geen kopie opslaan</translation>
    </message>
    <message>
        <source>A copy was saved to %1</source>
        <translation>Er is een kopie opgeslagen in %1</translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation>Kopie opslaan</translation>
    </message>
    <message>
        <source>microcredential</source>
        <translation>microcredential</translation>
    </message>
    <message>
        <source>Microcredential designs (*.mcdesign)</source>
        <translation>Microcredentialontwerpen (*.mcdesign)</translation>
    </message>
    <message>
        <source>Updated with changes saved elsewhere: version %1, %2.</source>
        <translation>Bijgewerkt met wijzigingen die elders zijn opgeslagen: versie %1, %2.</translation>
    </message>
    <message>
        <source>Save a Cop&amp;y…</source>
        <translation>&amp;Kopie opslaan…</translation>
    </message>
</context>
<context>
    <name>mcs::ui::DesignSection</name>
    <message>
        <source>Edit %1</source>
        <translation>%1 bewerken</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>%1 wijzigen</translation>
    </message>
</context>
<context>
    <name>mcs::ui::DesignSummaryView</name>
    <message>
        <source>Microcredential summary</source>
        <translation>Samenvatting van de microcredential</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Instelling</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Study load</source>
        <translation>Studielast</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, versie %2</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>Doelgroep</translation>
    </message>
    <message>
        <source>Examining body</source>
        <translation>Examencommissie</translation>
    </message>
    <message>
        <source>Learning outcomes</source>
        <translation>Leeruitkomsten</translation>
    </message>
</context>
<context>
    <name>mcs::ui::DisplayNames</name>
    <message>
        <source>mbo</source>
        <translation>mbo</translation>
    </message>
    <message>
        <source>hbo</source>
        <translation>hbo</translation>
    </message>
    <message>
        <source>wo</source>
        <translation>wo</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Overig</translation>
    </message>
    <message>
        <source>EQF %1</source>
        <translation>EQF %1</translation>
    </message>
    <message>
        <source>NLQF entry level</source>
        <translation>NLQF-instroomniveau</translation>
    </message>
    <message>
        <source>NLQF %1</source>
        <translation>NLQF %1</translation>
    </message>
    <message>
        <source>%1 [withdrawn]</source>
        <translation>%1 [ingetrokken]</translation>
    </message>
</context>
<context>
    <name>mcs::ui::DocumentManager</name>
    <message>
        <source>Cannot open the microcredential</source>
        <translation>Kan de microcredential niet openen</translation>
    </message>
</context>
<context>
    <name>mcs::ui::ExportController</name>
    <message>
        <source>Print preview — %1</source>
        <translation>Afdrukvoorbeeld — %1</translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation>Kan niet afdrukken</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Exporteren mislukt</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Geëxporteerd naar %1</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1-bestanden (*.%2)</translation>
    </message>
    <message>
        <source>Exported, with a remark</source>
        <translation>Geëxporteerd, met een opmerking</translation>
    </message>
    <message>
        <source>Exported to %1.

%2</source>
        <translation>Geëxporteerd naar %1.

%2</translation>
    </message>
</context>
<context>
    <name>mcs::ui::ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Description for approval</source>
        <translation>Beschrijving ter vaststelling</translation>
    </message>
    <message>
        <source>Checklist review report</source>
        <translation>Beoordelingsrapport checklist</translation>
    </message>
    <message>
        <source>Catalogue overview</source>
        <translation>Catalogusoverzicht</translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation>&amp;Document</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formaat</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>PDF/A-1b (for archiving)</source>
        <translation>PDF/A-1b (voor archivering)</translation>
    </message>
    <message>
        <source>ODT (LibreOffice, Word)</source>
        <translation>ODT (LibreOffice, Word)</translation>
    </message>
    <message>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Formaat</translation>
    </message>
    <message>
        <source>Language of the document</source>
        <translation>Taal van het document</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>T&amp;aal</translation>
    </message>
    <message>
        <source>Quality framework</source>
        <translation>Kwaliteitskader</translation>
    </message>
    <message>
        <source>&amp;Quality framework</source>
        <translation>&amp;Kwaliteitskader</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporteren…</translation>
    </message>
</context>
<context>
    <name>mcs::ui::FieldHelp</name>
    <message>
        <source>More in the guide: “%1” (F1)</source>
        <translation>Meer in de handleiding: ‘%1’ (F1)</translation>
    </message>
    <message>
        <source>The name of the microcredential, in Dutch and in English.</source>
        <translation>De naam van de microcredential, in het Nederlands en het Engels.</translation>
    </message>
    <message>
        <source>What the certificate, the catalogue and edubadges call it. Keep it short and name the competence, not the course, so that an employer recognises it. Add an English title when the microcredential is offered in English or travels through Europass.</source>
        <translation>Zo heet hij op het certificaat, in de catalogus en in edubadges. Houd de titel kort en noem de bekwaamheid, niet de cursus, zodat een werkgever hem herkent. Geef ook een Engelse titel als de microcredential in het Engels wordt aangeboden of via Europass wordt gedeeld.</translation>
    </message>
    <message>
        <source>What a participant learns, in a few sentences.</source>
        <translation>Wat een deelnemer leert, in een paar zinnen.</translation>
    </message>
    <message>
        <source>Two to five sentences for future participants and employers: what they can do afterwards and how they learn it. Documents, edubadges and Europass use this text as the description.</source>
        <translation>Twee tot vijf zinnen voor toekomstige deelnemers en werkgevers: wat ze daarna kunnen en hoe ze het leren. Documenten, edubadges en Europass gebruiken deze tekst als beschrijving.</translation>
    </message>
    <message>
        <source>mbo, hbo, wo or other: decides how study load is counted.</source>
        <translation>mbo, hbo, wo of anders: bepaalt hoe de studielast wordt geteld.</translation>
    </message>
    <message>
        <source>The sector decides which rules apply: mbo counts study load in SBU (study load hours), hbo and wo in EC. It also chooses the quality framework a new design starts with.</source>
        <translation>De sector bepaalt welke regels gelden: het mbo telt studielast in SBU (studiebelastingsuren), hbo en wo in EC. Hij kiest ook het kwaliteitskader waarmee een nieuw ontwerp begint.</translation>
    </message>
    <message>
        <source>The institution that awards the microcredential.</source>
        <translation>De instelling die de microcredential verleent.</translation>
    </message>
    <message>
        <source>The official name of the awarding institution, as on its certificates. Set a default in the settings so that every new design has it.</source>
        <translation>De officiële naam van de verlenende instelling, zoals op haar certificaten. Stel een standaard in bij de instellingen, dan krijgt elk nieuw ontwerp die naam.</translation>
    </message>
    <message>
        <source>The institution&apos;s BRIN code, or another identifier.</source>
        <translation>De BRIN-code van de instelling, of een andere code.</translation>
    </message>
    <message>
        <source>The BRIN code identifies a Dutch institution in DUO&apos;s registers and in edubadges. Use another identifier only for an institution that has no BRIN code.</source>
        <translation>De BRIN-code wijst een Nederlandse instelling aan in de registers van DUO en in edubadges. Gebruik alleen een andere code voor een instelling zonder BRIN-code.</translation>
    </message>
    <message>
        <source>The country as a two-letter code, such as NL.</source>
        <translation>Het land als code van twee letters, zoals NL.</translation>
    </message>
    <message>
        <source>The country of the awarding institution as an ISO 3166 code (NL for the Netherlands). Europass needs it.</source>
        <translation>Het land van de verlenende instelling als ISO 3166-code (NL voor Nederland). Europass heeft het nodig.</translation>
    </message>
    <message>
        <source>The region the institution serves (optional).</source>
        <translation>De regio die de instelling bedient (niet verplicht).</translation>
    </message>
    <message>
        <source>The region, for regional catalogues and partners. Leave it empty when it does not matter.</source>
        <translation>De regio, voor regionale catalogi en partners. Laat het leeg als het niet uitmaakt.</translation>
    </message>
    <message>
        <source>Who wrote this design, separated by commas.</source>
        <translation>Wie dit ontwerp schreven, gescheiden door komma’s.</translation>
    </message>
    <message>
        <source>The members of the team who wrote the design. The history records who saved each version; this field says who the authors are.</source>
        <translation>De leden van het team die het ontwerp schreven. De geschiedenis houdt bij wie elke versie opsloeg; dit veld zegt wie de auteurs zijn.</translation>
    </message>
    <message>
        <source>How participants take part: on site, online or both.</source>
        <translation>Hoe deelnemers meedoen: op locatie, online of allebei.</translation>
    </message>
    <message>
        <source>The form of participation is one of the elements every microcredential states under the EU recommendation, so that a learner knows what to expect.</source>
        <translation>De vorm van deelname is een van de onderdelen die elke microcredential volgens de EU-aanbeveling vermeldt, zodat een lerende weet wat hij kan verwachten.</translation>
    </message>
    <message>
        <source>For whom the microcredential is meant.</source>
        <translation>Voor wie de microcredential bedoeld is.</translation>
    </message>
    <message>
        <source>Describe the people you want to reach: working people, job seekers, students. A clear target group helps a reviewer judge the level and the labour-market value.</source>
        <translation>Beschrijf wie u wilt bereiken: werkenden, werkzoekenden, studenten. Een duidelijke doelgroep helpt een beoordelaar het niveau en de arbeidsmarktwaarde te beoordelen.</translation>
    </message>
    <message>
        <source>What participants know or can do beforehand.</source>
        <translation>Wat deelnemers vooraf weten of kunnen.</translation>
    </message>
    <message>
        <source>The knowledge and skills a participant brings. It is advice, not a condition: conditions go under admission requirements.</source>
        <translation>De kennis en vaardigheden die een deelnemer meebrengt. Dit is een advies, geen voorwaarde: voorwaarden horen bij de toelatingseisen.</translation>
    </message>
    <message>
        <source>Formal conditions for admission, such as a diploma.</source>
        <translation>Formele voorwaarden voor toelating, zoals een diploma.</translation>
    </message>
    <message>
        <source>What a participant must have to be admitted. Leave it empty when anyone may take part.</source>
        <translation>Wat een deelnemer moet hebben om te worden toegelaten. Laat het leeg als iedereen mag meedoen.</translation>
    </message>
    <message>
        <source>How you check that a participant meets the requirements.</source>
        <translation>Hoe u nagaat of een deelnemer aan de eisen voldoet.</translation>
    </message>
    <message>
        <source>An intake interview, a test or the diploma itself: say how admission is decided, so that it is the same for everyone.</source>
        <translation>Een intakegesprek, een toets of het diploma zelf: zeg hoe over toelating wordt beslist, zodat het voor iedereen gelijk is.</translation>
    </message>
    <message>
        <source>The level on the European Qualifications Framework, 1 to 8.</source>
        <translation>Het niveau in het Europees Kwalificatiekader, 1 tot en met 8.</translation>
    </message>
    <message>
        <source>The EQF level makes the microcredential comparable across Europe. Choose the level the learning outcomes reach; the program shows its descriptors and checks that the NLQF level matches.</source>
        <translation>Het EQF-niveau maakt de microcredential vergelijkbaar in heel Europa. Kies het niveau dat de leeruitkomsten halen; het programma toont de niveaubeschrijving en controleert of het NLQF-niveau past.</translation>
    </message>
    <message>
        <source>The level on the Dutch framework, entry level to 8.</source>
        <translation>Het niveau in het Nederlandse kader, instroomniveau tot en met 8.</translation>
    </message>
    <message>
        <source>The NLQF level is the Dutch counterpart of the EQF level, with an entry level below level 1. It must agree with the EQF level.</source>
        <translation>Het NLQF-niveau is de Nederlandse tegenhanger van het EQF-niveau, met een instroomniveau onder niveau 1. Het moet kloppen met het EQF-niveau.</translation>
    </message>
    <message>
        <source>The study load in hours, shown as SBU or EC by sector.</source>
        <translation>De studielast in uren, getoond als SBU of EC naar sector.</translation>
    </message>
    <message>
        <source>All the time a participant spends: lessons, practice, assignments and assessment. One EC is 28 hours. The mbo pilot asks at least 240 SBU.</source>
        <translation>Alle tijd die een deelnemer besteedt: lessen, oefenen, opdrachten en toetsing. Eén EC is 28 uur. De mbo-pilot vraagt ten minste 240 SBU.</translation>
    </message>
    <message>
        <source>The languages of instruction, as codes: nl, en.</source>
        <translation>De instructietalen, als codes: nl, en.</translation>
    </message>
    <message>
        <source>The languages in which the microcredential is taught and assessed, as ISO 639-1 codes separated by commas.</source>
        <translation>De talen waarin de microcredential wordt gegeven en getoetst, als ISO 639-1-codes gescheiden door komma’s.</translation>
    </message>
    <message>
        <source>The learning outcomes, in the order documents show them.</source>
        <translation>De leeruitkomsten, in de volgorde waarin documenten ze tonen.</translation>
    </message>
    <message>
        <source>A microcredential has a few learning outcomes, each assessed. Add, remove and reorder them here; choose one to edit it on the right.</source>
        <translation>Een microcredential heeft enkele leeruitkomsten, die elk getoetst worden. Voeg ze hier toe, verwijder ze of zet ze in een andere volgorde; kies er een om hem rechts te bewerken.</translation>
    </message>
    <message>
        <source>One learning outcome: what the participant can do afterwards.</source>
        <translation>Eén leeruitkomst: wat de deelnemer daarna kan.</translation>
    </message>
    <message>
        <source>Begin with the participant, use one observable action verb, name what they act on and the context or standard. The findings below say what the linter notices as you type.</source>
        <translation>Begin met de deelnemer, gebruik één waarneembaar handelingswerkwoord en noem waarop de handeling zich richt en de context of norm. De bevindingen hieronder laten zien wat de controle opmerkt terwijl u typt.</translation>
    </message>
    <message>
        <source>Knowledge, skills, or responsibility and autonomy.</source>
        <translation>Kennis, vaardigheden, of verantwoordelijkheid en zelfstandigheid.</translation>
    </message>
    <message>
        <source>The EQF describes each level in three domains. Saying which one an outcome belongs to shows whether the design covers the level as a whole.</source>
        <translation>Het EQF beschrijft elk niveau in drie domeinen. Door aan te geven waar een leeruitkomst bij hoort, ziet u of het ontwerp het hele niveau dekt.</translation>
    </message>
    <message>
        <source>The level of thinking the outcome asks for (Bloom).</source>
        <translation>Het denkniveau dat de leeruitkomst vraagt (Bloom).</translation>
    </message>
    <message>
        <source>The linter compares the verb you wrote with this level and warns when the verb asks less. The suggested verbs below follow the level you choose.</source>
        <translation>De controle vergelijkt het werkwoord dat u schreef met dit niveau en waarschuwt als het werkwoord minder vraagt. De voorgestelde werkwoorden hieronder volgen het niveau dat u kiest.</translation>
    </message>
    <message>
        <source>What the linter notices in this learning outcome.</source>
        <translation>Wat de controle opmerkt in deze leeruitkomst.</translation>
    </message>
    <message>
        <source>Each finding names a rule and what to change. Double-click one or press Enter to go to the text; the guide explains every rule with a good and a bad example.</source>
        <translation>Elke bevinding noemt een regel en wat u kunt veranderen. Dubbelklik erop of druk op Enter om naar de tekst te gaan; de handleiding legt elke regel uit met een goed en een slecht voorbeeld.</translation>
    </message>
    <message>
        <source>Verbs that fit a level; Enter inserts one.</source>
        <translation>Werkwoorden die bij een niveau passen; Enter voegt er een in.</translation>
    </message>
    <message>
        <source>Action verbs by Bloom level, in Dutch and English. Choose one to put it at the cursor in the learning outcome.</source>
        <translation>Handelingswerkwoorden per Bloom-niveau, in het Nederlands en het Engels. Kies er een om het bij de cursor in de leeruitkomst te zetten.</translation>
    </message>
    <message>
        <source>The assessments that show the learning outcomes are reached.</source>
        <translation>De toetsen die laten zien dat de leeruitkomsten zijn bereikt.</translation>
    </message>
    <message>
        <source>Add each assessment here and choose one to describe it on the right; the matrix below links them to the learning outcomes.</source>
        <translation>Voeg hier elke toets toe en kies er een om hem rechts te beschrijven; de matrix hieronder koppelt ze aan de leeruitkomsten.</translation>
    </message>
    <message>
        <source>How this assessment is done.</source>
        <translation>Hoe deze toets wordt afgenomen.</translation>
    </message>
    <message>
        <source>A written or oral exam, a practical assignment, a portfolio: the type tells a reviewer whether the assessment fits what the learning outcomes ask.</source>
        <translation>Een schriftelijk of mondeling examen, een praktijkopdracht, een portfolio: de soort laat een beoordelaar zien of de toets past bij wat de leeruitkomsten vragen.</translation>
    </message>
    <message>
        <source>What the participant does in this assessment.</source>
        <translation>Wat de deelnemer in deze toets doet.</translation>
    </message>
    <message>
        <source>Describe the task, the conditions and how it is judged, so that the examining body can see that it assesses the learning outcomes it is linked to.</source>
        <translation>Beschrijf de opdracht, de omstandigheden en hoe die wordt beoordeeld, zodat de examencommissie ziet dat de toets de gekoppelde leeruitkomsten toetst.</translation>
    </message>
    <message>
        <source>How supervision and identity verification are arranged.</source>
        <translation>Hoe toezicht en identiteitscontrole geregeld zijn.</translation>
    </message>
    <message>
        <source>The EU recommendation asks how the assessment is supervised and how the participant&apos;s identity is checked: in person, online with verification, or not at all.</source>
        <translation>De EU-aanbeveling vraagt hoe op de toets wordt toegezien en hoe de identiteit van de deelnemer wordt gecontroleerd: ter plaatse, online met controle, of niet.</translation>
    </message>
    <message>
        <source>Which learning outcomes each assessment assesses.</source>
        <translation>Welke leeruitkomsten elke toets toetst.</translation>
    </message>
    <message>
        <source>Every learning outcome must be assessed at least once. Tick the outcomes each assessment covers; a column without a tick is a finding.</source>
        <translation>Elke leeruitkomst moet minstens één keer getoetst worden. Vink de leeruitkomsten aan die elke toets dekt; een kolom zonder vinkje is een bevinding.</translation>
    </message>
    <message>
        <source>The quality framework the design is reviewed against.</source>
        <translation>Het kwaliteitskader waaraan het ontwerp wordt getoetst.</translation>
    </message>
    <message>
        <source>The framework decides the checklist of the review: the mbo pilot, the hbo and wo pilot or the EU recommendation. The automatic checks follow it too.</source>
        <translation>Het kader bepaalt de checklist van de beoordeling: de mbo-pilot, de hbo- en wo-pilot of de EU-aanbeveling. Ook de automatische controles volgen het.</translation>
    </message>
    <message>
        <source>The examining body that safeguards the assessment.</source>
        <translation>De examencommissie die de toetsing borgt.</translation>
    </message>
    <message>
        <source>The examination board (examencommissie) responsible for the quality of the assessment and for awarding the microcredential.</source>
        <translation>De examencommissie die verantwoordelijk is voor de kwaliteit van de toetsing en voor het verlenen van de microcredential.</translation>
    </message>
    <message>
        <source>How the quality of the microcredential is assured.</source>
        <translation>Hoe de kwaliteit van de microcredential wordt geborgd.</translation>
    </message>
    <message>
        <source>Describe how the design is reviewed, evaluated and improved, and who is responsible. The review checklist asks for this.</source>
        <translation>Beschrijf hoe het ontwerp wordt beoordeeld, geëvalueerd en verbeterd, en wie daarvoor verantwoordelijk is. De checklist van de beoordeling vraagt hierom.</translation>
    </message>
    <message>
        <source>How long the microcredential stays valid, in months.</source>
        <translation>Hoe lang de microcredential geldig blijft, in maanden.</translation>
    </message>
    <message>
        <source>Leave it unlimited unless the competence has to be renewed, as with safety certificates.</source>
        <translation>Laat het onbeperkt, tenzij de bekwaamheid vernieuwd moet worden, zoals bij veiligheidscertificaten.</translation>
    </message>
    <message>
        <source>Codes of related programmes, separated by commas.</source>
        <translation>Codes van verwante opleidingen, gescheiden door komma’s.</translation>
    </message>
    <message>
        <source>The crebo or CROHO codes of programmes this microcredential belongs to or builds on, for registration and stacking.</source>
        <translation>De crebo- of CROHO-codes van opleidingen waar deze microcredential bij hoort of op voortbouwt, voor registratie en stapelen.</translation>
    </message>
    <message>
        <source>The industry or occupation the microcredential serves.</source>
        <translation>De bedrijfstak of het beroep waarvoor de microcredential is.</translation>
    </message>
    <message>
        <source>Name the branch or the occupations where the competence is used, so that employers find it.</source>
        <translation>Noem de branche of de beroepen waarin de bekwaamheid wordt gebruikt, zodat werkgevers hem vinden.</translation>
    </message>
    <message>
        <source>Why employers value this microcredential.</source>
        <translation>Waarom werkgevers deze microcredential waarderen.</translation>
    </message>
    <message>
        <source>Show the demand: which employers or sector bodies asked for it and what a participant can do at work afterwards. Reviewers weigh this heavily.</source>
        <translation>Laat de vraag zien: welke werkgevers of brancheorganisaties erom vroegen en wat een deelnemer daarna op het werk kan. Beoordelaars wegen dit zwaar.</translation>
    </message>
    <message>
        <source>Employers and organisations in the region that take part.</source>
        <translation>Werkgevers en organisaties in de regio die meedoen.</translation>
    </message>
    <message>
        <source>The partners who helped design the microcredential or offer workplaces, separated by commas. They show that the region asks for it.</source>
        <translation>De partners die hielpen de microcredential te ontwerpen of werkplekken bieden, gescheiden door komma’s. Zij laten zien dat de regio erom vraagt.</translation>
    </message>
    <message>
        <source>Whether it stacks towards a larger qualification.</source>
        <translation>Of hij stapelbaar is naar een grotere kwalificatie.</translation>
    </message>
    <message>
        <source>Stand-alone, stackable, or part of a programme: say whether the microcredential counts towards something larger.</source>
        <translation>Op zichzelf staand, stapelbaar of deel van een opleiding: zeg of de microcredential meetelt voor iets groters.</translation>
    </message>
    <message>
        <source>What it stacks towards.</source>
        <translation>Waar hij naartoe stapelt.</translation>
    </message>
    <message>
        <source>The qualification, programme or larger credential this microcredential counts towards.</source>
        <translation>De kwalificatie, opleiding of grotere credential waarvoor deze microcredential meetelt.</translation>
    </message>
    <message>
        <source>How results are expressed: pass or fail, or a grade.</source>
        <translation>Hoe de uitslag wordt uitgedrukt: behaald of niet behaald, of een cijfer.</translation>
    </message>
    <message>
        <source>The grading scheme that appears on the credential, such as pass or fail or a mark out of ten.</source>
        <translation>De beoordelingsschaal die op de credential staat, zoals behaald of niet behaald of een cijfer van 1 tot 10.</translation>
    </message>
    <message>
        <source>Anything else a participant or employer should know.</source>
        <translation>Wat een deelnemer of werkgever verder moet weten.</translation>
    </message>
    <message>
        <source>Practical details that have no field of their own: costs, dates, locations.</source>
        <translation>Praktische zaken zonder eigen veld: kosten, data, locaties.</translation>
    </message>
    <message>
        <source>A web page with more about the microcredential.</source>
        <translation>Een webpagina met meer over de microcredential.</translation>
    </message>
    <message>
        <source>An address starting with https://, for the catalogue, edubadges and Europass.</source>
        <translation>Een adres dat begint met https://, voor de catalogus, edubadges en Europass.</translation>
    </message>
    <message>
        <source>The automatic checks of the chosen framework.</source>
        <translation>De automatische controles van het gekozen kader.</translation>
    </message>
    <message>
        <source>What the program can check by itself, criterion by criterion. The reviewer still decides in the checklist review.</source>
        <translation>Wat het programma zelf kan controleren, criterium voor criterium. De beoordelaar beslist nog steeds in de checklistbeoordeling.</translation>
    </message>
    <message>
        <source>A level in another country&apos;s qualifications framework.</source>
        <translation>Een niveau in het kwalificatiekader van een ander land.</translation>
    </message>
    <message>
        <source>Credentials from abroad name their level in their own country&apos;s framework, such as &quot;DQR Level 5&quot; for Germany. The level is kept as the framework names it; the EQF level is what compares across Europe.</source>
        <translation>Credentials uit het buitenland noemen hun niveau in het kader van hun eigen land, zoals „DQR Level 5” voor Duitsland. Het niveau blijft zoals dat kader het noemt; het EQF-niveau is wat in heel Europa vergelijkt.</translation>
    </message>
    <message>
        <source>Formal or non-formal learning, as Europass names it.</source>
        <translation>Formeel of non-formeel leren, zoals Europass het noemt.</translation>
    </message>
    <message>
        <source>Formal learning leads to a recognised qualification within the education system; non-formal learning is planned learning outside it. Most microcredentials are non-formal; Europass exports say non-formal unless you state otherwise.</source>
        <translation>Formeel leren leidt tot een erkende kwalificatie binnen het onderwijsstelsel; non-formeel leren is gepland leren daarbuiten. De meeste microcredentials zijn non-formeel; Europass-exports zeggen non-formeel tenzij u iets anders opgeeft.</translation>
    </message>
    <message>
        <source>Whether it is a part of a larger qualification.</source>
        <translation>Of het een onderdeel is van een grotere kwalificatie.</translation>
    </message>
    <message>
        <source>Europass records whether a qualification is a part of a larger one, such as a module of a programme, or a whole qualification in itself.</source>
        <translation>Europass legt vast of een kwalificatie een onderdeel is van een grotere, zoals een module van een opleiding, of op zichzelf een volledige kwalificatie.</translation>
    </message>
    <message>
        <source>The longest time on the calendar the learning may take.</source>
        <translation>De langste tijd op de kalender die het leren mag duren.</translation>
    </message>
    <message>
        <source>A duration in days, weeks, months or years, such as six months: how long a learner may take, not how many hours of study it asks. The study load states the hours.</source>
        <translation>Een duur in dagen, weken, maanden of jaren, zoals zes maanden: hoe lang een deelnemer erover mag doen, niet hoeveel uur studie het vraagt. De studielast noemt de uren.</translation>
    </message>
    <message>
        <source>Skills in ESCO or another framework this outcome is linked to.</source>
        <translation>Vaardigheden in ESCO of een ander kader waaraan deze leeruitkomst is gekoppeld.</translation>
    </message>
    <message>
        <source>Europass credentials can link a learning outcome to skills in the European ESCO classification or another framework. The links come along when you import such a credential and go out again in the Europass exports; follow a link to read the skill.</source>
        <translation>Europass-credentials kunnen een leeruitkomst koppelen aan vaardigheden in de Europese ESCO-classificatie of een ander kader. De koppelingen komen mee als u zo&apos;n credential importeert en gaan weer mee in de Europass-exports; volg een koppeling om de vaardigheid te lezen.</translation>
    </message>
    <message>
        <source>Say so when participants need no prior knowledge.</source>
        <translation>Geef aan wanneer deelnemers geen voorkennis nodig hebben.</translation>
    </message>
    <message>
        <source>The frameworks ask for prior knowledge only where it is needed. Ticking this answers the question: the checklist and the completion count it as answered, and documents say no prior knowledge is needed.</source>
        <translation>De kaders vragen alleen naar voorkennis waar die nodig is. Met dit vinkje beantwoordt u de vraag: de checklist en de volledigheid tellen het als beantwoord, en documenten zeggen dat er geen voorkennis nodig is.</translation>
    </message>
    <message>
        <source>Say so when there are no admission requirements.</source>
        <translation>Geef aan wanneer er geen toelatingseisen zijn.</translation>
    </message>
    <message>
        <source>The frameworks ask for admission requirements only if there are any, and then how they are tested. Ticking this answers the question; without requirements, nothing about testing them is asked.</source>
        <translation>De kaders vragen alleen naar eventuele toelatingseisen, en dan hoe ze worden getoetst. Met dit vinkje beantwoordt u de vraag; zonder eisen wordt niets over hun toetsing gevraagd.</translation>
    </message>
</context>
<context>
    <name>mcs::ui::FieldLabels</name>
    <message>
        <source>Admission requirements</source>
        <translation>Toelatingseisen</translation>
    </message>
    <message>
        <source>Admission testing</source>
        <translation>Toelatingstoets</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Auteurs</translation>
    </message>
    <message>
        <source>Bloom level</source>
        <translation>Bloom-niveau</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Aangemaakt</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domein</translation>
    </message>
    <message>
        <source>EQF level</source>
        <translation>EQF-niveau</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Bewijs</translation>
    </message>
    <message>
        <source>Examining body</source>
        <translation>Examencommissie</translation>
    </message>
    <message>
        <source>Further information</source>
        <translation>Aanvullende informatie</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Webadres</translation>
    </message>
    <message>
        <source>Grading</source>
        <translation>Beoordeling</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Kenmerk</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Bedrijfstak</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Instelling</translation>
    </message>
    <message>
        <source>Languages of instruction</source>
        <translation>Instructietalen</translation>
    </message>
    <message>
        <source>Labour-market value</source>
        <translation>Arbeidsmarktwaarde</translation>
    </message>
    <message>
        <source>Learning outcomes assessed</source>
        <translation>Getoetste leeruitkomsten</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>NLQF level</source>
        <translation>NLQF-niveau</translation>
    </message>
    <message>
        <source>Form of participation</source>
        <translation>Vorm van deelname</translation>
    </message>
    <message>
        <source>Prior knowledge</source>
        <translation>Voorkennis</translation>
    </message>
    <message>
        <source>Quality assurance</source>
        <translation>Kwaliteitsborging</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Regio</translation>
    </message>
    <message>
        <source>Regional partners</source>
        <translation>Regionale partners</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Verantwoordelijke</translation>
    </message>
    <message>
        <source>Reviewer&apos;s comment</source>
        <translation>Opmerking van de beoordelaar</translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation>Stelsel</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Stackability</source>
        <translation>Stapelbaarheid</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Formulering</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Study load (hours)</source>
        <translation>Studielast (uren)</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation>Toezicht</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>Doelgroep</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Stacks towards</source>
        <translation>Stapelbaar naar</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Validity (months)</source>
        <translation>Geldigheid (maanden)</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <source>Learning outcome %1</source>
        <translation>Leeruitkomst %1</translation>
    </message>
    <message>
        <source>Assessment %1</source>
        <translation>Toets %1</translation>
    </message>
    <message>
        <source>Programme code %1</source>
        <translation>Opleidingscode %1</translation>
    </message>
    <message>
        <source>Checklist %1</source>
        <translation>Checklist %1</translation>
    </message>
    <message>
        <source>Criterion %1</source>
        <translation>Criterium %1</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>%1 wijzigen</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Linked skills</source>
        <translation>Gekoppelde vaardigheden</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Level in another framework</source>
        <translation>Niveau in een ander kader</translation>
    </message>
    <message>
        <source>Learning setting</source>
        <translation>Leercontext</translation>
    </message>
    <message>
        <source>Maximum duration</source>
        <translation>Maximale duur</translation>
    </message>
    <message>
        <source>Partial qualification</source>
        <translation>Deelkwalificatie</translation>
    </message>
    <message>
        <source>No prior knowledge needed</source>
        <translation>Geen voorkennis nodig</translation>
    </message>
    <message>
        <source>No admission requirements</source>
        <translation>Geen toelatingseisen</translation>
    </message>
</context>
<context>
    <name>mcs::ui::FindingsView</name>
    <message>
        <source>No findings.</source>
        <translation>Geen bevindingen.</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Bevindingen</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>Advies</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fout</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Waarschuwing</translation>
    </message>
</context>
<context>
    <name>mcs::ui::FrameworkChangesNotice</name>
    <message>
        <source>The quality framework changed since this checklist was worked on. Check these criteria again:</source>
        <translation>Het kwaliteitskader is gewijzigd sinds aan deze checklist is gewerkt. Controleer deze criteria opnieuw:</translation>
    </message>
    <message>
        <source>Checked against version %1; this list shows version %2.</source>
        <translation>Getoetst aan versie %1; deze lijst toont versie %2.</translation>
    </message>
    <message>
        <source>&amp;Move to Version %1</source>
        <translation>&amp;Naar versie %1 overzetten</translation>
    </message>
    <message>
        <source>After checking the criteria above: the checklist follows version %1 from now on, and the team&apos;s work stays</source>
        <translation>Na het nalopen van de criteria hierboven: de checklist volgt vanaf nu versie %1, en het werk van het team blijft staan</translation>
    </message>
</context>
<context>
    <name>mcs::ui::HelpWindow</name>
    <message>
        <source>User Guide — Microcredential Studio</source>
        <translation>Handleiding — Microcredential Studio</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Terug</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Vooruit</translation>
    </message>
    <message>
        <source>Search the guide</source>
        <translation>Zoeken in de handleiding</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhoud</translation>
    </message>
    <message>
        <source>Guide text</source>
        <translation>Tekst van de handleiding</translation>
    </message>
    <message>
        <source>Nothing found for “%1”</source>
        <translation>Niets gevonden voor “%1”</translation>
    </message>
</context>
<context>
    <name>mcs::ui::HistoryDialog</name>
    <message>
        <source>History and Versions</source>
        <translation>Geschiedenis en versies</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last saved</source>
        <translation>Laatst opgeslagen</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Vingerafdruk</translation>
    </message>
    <message>
        <source>Kept versions</source>
        <translation>Bewaarde versies</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Stap</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <source>Workflow steps</source>
        <translation>Stappen in de route</translation>
    </message>
    <message>
        <source>Compare version</source>
        <translation>Versie vergelijken</translation>
    </message>
    <message>
        <source>With version</source>
        <translation>Met versie</translation>
    </message>
    <message>
        <source>Compare &amp;version</source>
        <translation>&amp;Versie vergelijken</translation>
    </message>
    <message>
        <source>&amp;with version</source>
        <translation>&amp;met versie</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versies</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versie %1</translation>
    </message>
    <message>
        <source>Note: entered as a draft</source>
        <translation>Notitie: opgenomen als concept</translation>
    </message>
    <message>
        <source>Note: moved in with its status</source>
        <translation>Notitie: overgebracht met status</translation>
    </message>
    <message>
        <source>Note: step taken elsewhere</source>
        <translation>Notitie: stap elders gezet</translation>
    </message>
    <message>
        <source>The content is the same.</source>
        <translation>De inhoud is gelijk.</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) differ in content.</source>
        <translation>
            <numerusform>%n veld verschilt inhoudelijk.</numerusform>
            <numerusform>%n velden verschillen inhoudelijk.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mcs::ui::ImportController</name>
    <message>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <source>Microcredential designs (*.mcdesign *.json *.jsonld *.csv);;All files (*)</source>
        <translation>Microcredentialontwerpen (*.mcdesign *.json *.jsonld *.csv);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>Kan niet importeren</translation>
    </message>
    <message>
        <source>Import “%1”</source>
        <translation>“%1” importeren</translation>
    </message>
    <message>
        <source>Import Learning Outcomes</source>
        <translation>Leeruitkomsten importeren</translation>
    </message>
    <message>
        <source>Spreadsheets saved as CSV (*.csv);;All files (*)</source>
        <translation>Rekenbladen opgeslagen als CSV (*.csv);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Import learning outcomes</source>
        <translation>Leeruitkomsten importeren</translation>
    </message>
    <message>
        <source>Removed because it could do harm:
%1</source>
        <translation>Verwijderd omdat het schade kan doen:
%1</translation>
    </message>
    <message>
        <source>This version is approved and can no longer be changed. Start a new version (Review &gt; Start New Version) and import into that.</source>
        <translation>Deze versie is goedgekeurd en kan niet meer worden gewijzigd. Begin een nieuwe versie (Beoordelen &gt; Nieuwe versie beginnen) en importeer daarin.</translation>
    </message>
    <message numerus="yes">
        <source>%n learning outcome(s) added; Undo in the editor takes them out again.</source>
        <translation>
            <numerusform>%n leeruitkomst toegevoegd; Ongedaan maken in de editor haalt hem weer weg.</numerusform>
            <numerusform>%n leeruitkomsten toegevoegd; Ongedaan maken in de editor haalt ze weer weg.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n design(s) from “%1”</source>
        <translation>
            <numerusform>%n ontwerp importeren uit „%1”</numerusform>
            <numerusform>%n ontwerpen importeren uit „%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n designs</source>
        <translation>
            <numerusform>Het ene ontwerp</numerusform>
            <numerusform>Alle %n ontwerpen</numerusform>
        </translation>
    </message>
    <message>
        <source>Import — %1</source>
        <translation>Importeren — %1</translation>
    </message>
    <message>
        <source>This credential holds several qualifications or learning achievements.
Which do you want to import as a design?</source>
        <translation>Deze credential bevat meerdere kwalificaties of leerresultaten.
Welke wilt u als ontwerp importeren?</translation>
    </message>
    <message>
        <source>The catalogue does not know the institution “%1” (%2) yet: importing adds it under that identifier.</source>
        <translation>De catalogus kent de instelling “%1” (%2) nog niet: importeren voegt haar toe onder die code.</translation>
    </message>
    <message>
        <source>The catalogue knows %1 as “%2”; the design keeps its own name “%3”, and inherits that institution&apos;s evidence.</source>
        <translation>De catalogus kent %1 als “%2”; het ontwerp houdt zijn eigen naam “%3” en neemt de onderbouwing van die instelling over.</translation>
    </message>
</context>
<context>
    <name>mcs::ui::ImportPreviewDialog</name>
    <message>
        <source>Import — %1</source>
        <translation>Importeren — %1</translation>
    </message>
    <message>
        <source>Not in this format (left empty)</source>
        <translation>Niet in dit formaat (blijft leeg)</translation>
    </message>
    <message>
        <source>In the file but not read</source>
        <translation>In het bestand maar niet ingelezen</translation>
    </message>
    <message>
        <source>The catalogue already holds this microcredential.</source>
        <translation>De catalogus bevat deze microcredential al.</translation>
    </message>
    <message>
        <source>What the import brings in</source>
        <translation>Wat de import binnenhaalt</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Vervangen</translation>
    </message>
    <message>
        <source>Import as &amp;copy</source>
        <translation>Als &amp;kopie importeren</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importeren</translation>
    </message>
    <message>
        <source>Format: %1.</source>
        <translation>Formaat: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n learning outcome(s),</source>
        <translation>
            <numerusform>%n leeruitkomst,</numerusform>
            <numerusform>%n leeruitkomsten,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assessment(s).</source>
        <translation>
            <numerusform>%n toets.</numerusform>
            <numerusform>%n toetsen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file says “%1”. Replacing keeps the status the design has in the catalogue (an approved version continues as a new draft version); importing as a copy makes a draft. The history notes the status the file had.</source>
        <translation>Het bestand vermeldt “%1”. Bij vervangen houdt het ontwerp de status die het in de catalogus heeft (een goedgekeurde versie gaat verder als nieuwe conceptversie); importeren als kopie maakt een concept. De geschiedenis noteert de status uit het bestand.</translation>
    </message>
    <message>
        <source>The file says “%1”. The design enters the catalogue as a draft; its history notes the status it had.</source>
        <translation>Het bestand vermeldt “%1”. Het ontwerp komt als concept in de catalogus; de geschiedenis noteert de status die het had.</translation>
    </message>
    <message>
        <source>Removed because it could do harm (control characters, direction overrides)</source>
        <translation>Verwijderd omdat het schade kan doen (stuurtekens, richtingstekens)</translation>
    </message>
    <message>
        <source>no study load</source>
        <translation>geen studielast</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>ten hoogste %1</translation>
    </message>
    <message>
        <source>Check before you rely on it (imported as the file says)</source>
        <translation>Controleer dit eerst (geïmporteerd zoals het bestand het zegt)</translation>
    </message>
</context>
<context>
    <name>mcs::ui::InstitutionsDialog</name>
    <message>
        <source>Institutions</source>
        <translation>Onderwijsinstellingen</translation>
    </message>
    <message>
        <source>Some criteria concern the institution, not one design. Their evidence is recorded here once; every design of the institution inherits it, and a team can give its own for one design in the checklist review.</source>
        <translation>Sommige criteria gaan over de instelling, niet over één ontwerp. Hun onderbouwing wordt hier eenmaal vastgelegd; elk ontwerp van de instelling neemt die over, en een team kan in de checklistbeoordeling voor één ontwerp een eigen onderbouwing geven.</translation>
    </message>
    <message>
        <source>&amp;Institution</source>
        <translation>&amp;Instelling</translation>
    </message>
    <message>
        <source>&amp;Quality framework</source>
        <translation>&amp;Kwaliteitskader</translation>
    </message>
    <message>
        <source>Criteria about the institution</source>
        <translation>Criteria over de instelling</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterium</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Bewijs</translation>
    </message>
    <message>
        <source>What shows that the institution meets this criterion</source>
        <translation>Waaruit blijkt dat de instelling aan dit criterium voldoet</translation>
    </message>
    <message>
        <source>Evidence links</source>
        <translation>Links naar bewijs</translation>
    </message>
    <message>
        <source>One link per line</source>
        <translation>Eén link per regel</translation>
    </message>
    <message>
        <source>&amp;Valid until</source>
        <translation>&amp;Geldig tot</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Geldig tot</translation>
    </message>
    <message>
        <source>Re&amp;cord Evidence</source>
        <translation>Onderbouwing &amp;vastleggen</translation>
    </message>
    <message>
        <source>Only an approver records the institution&apos;s evidence.</source>
        <translation>Alleen een goedkeurder legt de onderbouwing van de instelling vast.</translation>
    </message>
    <message>
        <source>&amp;Evidence</source>
        <translation>&amp;Bewijs</translation>
    </message>
    <message>
        <source>&amp;Links</source>
        <translation>&amp;Links</translation>
    </message>
    <message>
        <source>Cannot read the institutions</source>
        <translation>Kan de instellingen niet lezen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Cannot read the institution&apos;s evidence</source>
        <translation>Kan de onderbouwing van de instelling niet lezen</translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation>Niets vastgelegd</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>Opnieuw bekijken</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Vastgelegd</translation>
    </message>
    <message>
        <source>This catalogue has no institution yet: it learns one from the first design saved.</source>
        <translation>Deze catalogus kent nog geen instelling: hij leert die kennen uit het eerste ontwerp dat wordt opgeslagen.</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>Nog niets vastgelegd.</translation>
    </message>
    <message>
        <source>Recorded by %1 on %2.</source>
        <translation>Vastgelegd door %1 op %2.</translation>
    </message>
    <message>
        <source>Its date has passed: it needs review.</source>
        <translation>De datum is verstreken: opnieuw bekijken.</translation>
    </message>
    <message>
        <source>Cannot record the evidence</source>
        <translation>Kan de onderbouwing niet vastleggen</translation>
    </message>
    <message>
        <source>&amp;Default for new designs in this catalogue</source>
        <translation>&amp;Standaard voor nieuwe ontwerpen in deze catalogus</translation>
    </message>
    <message>
        <source>Cannot change the default institution</source>
        <translation>Kan de standaardinstelling niet wijzigen</translation>
    </message>
</context>
<context>
    <name>mcs::ui::LevelSizeSection</name>
    <message>
        <source>Context</source>
        <translation>Context</translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation>Kennis</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Vaardigheden</translation>
    </message>
    <message>
        <source>Responsibility and autonomy</source>
        <translation>Verantwoordelijkheid en zelfstandigheid</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Niet ingevuld</translation>
    </message>
    <message>
        <source>EQF level descriptor</source>
        <translation>Niveaubeschrijving EQF</translation>
    </message>
    <message>
        <source>NLQF level descriptor</source>
        <translation>Niveaubeschrijving NLQF</translation>
    </message>
    <message>
        <source>Level descriptors</source>
        <translation>Niveaubeschrijvingen</translation>
    </message>
    <message>
        <source>Study load in hours</source>
        <translation>Studielast in uren</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> uur</translation>
    </message>
    <message>
        <source>Study &amp;load</source>
        <translation>Studie&amp;last</translation>
    </message>
    <message>
        <source>Change study load</source>
        <translation>Studielast wijzigen</translation>
    </message>
    <message>
        <source>Languages of instruction</source>
        <translation>Instructietalen</translation>
    </message>
    <message>
        <source>Language codes, e.g. nl, en</source>
        <translation>Taalcodes, bijvoorbeeld nl, en</translation>
    </message>
    <message>
        <source>Lan&amp;guages of instruction</source>
        <translation>&amp;Instructietalen</translation>
    </message>
    <message>
        <source>Edit languages of instruction</source>
        <translation>Instructietalen bewerken</translation>
    </message>
    <message>
        <source>Choose an EQF level.</source>
        <translation>Kies een EQF-niveau.</translation>
    </message>
    <message>
        <source>Choose an NLQF level.</source>
        <translation>Kies een NLQF-niveau.</translation>
    </message>
    <message>
        <source>mbo guideline: at least 240 SBU.</source>
        <translation>Richtlijn mbo: ten minste 240 SBU.</translation>
    </message>
    <message>
        <source>hbo/wo guideline: 3 to 30 EC (84 to 840 hours).</source>
        <translation>Richtlijn hbo/wo: 3 tot en met 30 EC (84 tot en met 840 uur).</translation>
    </message>
    <message>
        <source>= %1 SBU · %2 EC. %3</source>
        <translation>= %1 SBU · %2 EC. %3</translation>
    </message>
    <message>
        <source>Level and size</source>
        <translation>Niveau en omvang</translation>
    </message>
    <message>
        <source>The level in the EQF and the NLQF, the study load, and how learners take part.</source>
        <translation>Het niveau in het EQF en het NLQF, de studielast en hoe lerenden deelnemen.</translation>
    </message>
    <message>
        <source>E&amp;QF level</source>
        <translation>&amp;EQF-niveau</translation>
    </message>
    <message>
        <source>NLQF le&amp;vel</source>
        <translation>&amp;NLQF-niveau</translation>
    </message>
    <message>
        <source>Form of &amp;participation</source>
        <translation>Vorm van &amp;deelname</translation>
    </message>
    <message>
        <source>Level in &amp;another framework</source>
        <translation>Niveau in een &amp;ander kader</translation>
    </message>
    <message>
        <source>Another country&apos;s level, as its framework names it, e.g. DQR Level 5</source>
        <translation>Het niveau van een ander land, zoals het kader het noemt, bijv. DQR Level 5</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Niet opgegeven</translation>
    </message>
    <message>
        <source>Learning se&amp;tting</source>
        <translation>Leer&amp;context</translation>
    </message>
    <message>
        <source>Pa&amp;rt of a larger qualification</source>
        <translation>Onderdeel van een g&amp;rotere kwalificatie</translation>
    </message>
    <message>
        <source>Maximum duration</source>
        <translation>Maximale duur</translation>
    </message>
    <message>
        <source>Unit of the maximum duration</source>
        <translation>Eenheid van de maximale duur</translation>
    </message>
    <message>
        <source>days</source>
        <translation>dagen</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>weken</translation>
    </message>
    <message>
        <source>months</source>
        <translation>maanden</translation>
    </message>
    <message>
        <source>years</source>
        <translation>jaar</translation>
    </message>
    <message>
        <source>Maximum &amp;duration</source>
        <translation>&amp;Maximale duur</translation>
    </message>
    <message>
        <source>Change maximum duration</source>
        <translation>Maximale duur wijzigen</translation>
    </message>
    <message>
        <source>Now: %1 (%2)</source>
        <translation>Nu: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>mcs::ui::MainWindow</name>
    <message>
        <source>Microcredential Studio</source>
        <translation>Microcredential Studio</translation>
    </message>
    <message>
        <source>%1 — Microcredential Studio</source>
        <translation>%1 — Microcredential Studio</translation>
    </message>
    <message>
        <source>Cannot read the catalogue</source>
        <translation>Kan de catalogus niet lezen</translation>
    </message>
    <message>
        <source>No findings for this microcredential.</source>
        <translation>Geen bevindingen voor deze microcredential.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Bevindingen</translation>
    </message>
    <message>
        <source>No catalogue is open. Open one or create a new one from the File menu.</source>
        <translation>Er is geen catalogus geopend. Open er een of maak een nieuwe via het menu Bestand.</translation>
    </message>
    <message>
        <source>This catalogue has no microcredentials yet. Choose New Microcredential to start.</source>
        <translation>Deze catalogus heeft nog geen microcredentials. Kies Nieuwe microcredential om te beginnen.</translation>
    </message>
    <message>
        <source>Findings (%1)</source>
        <translation>Bevindingen (%1)</translation>
    </message>
    <message>
        <source>The catalogue was not changed</source>
        <translation>De catalogus is niet gewijzigd</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (kopie)</translation>
    </message>
    <message>
        <source>Duplicate “%1”</source>
        <translation>“%1” dupliceren</translation>
    </message>
    <message>
        <source>Delete microcredential?</source>
        <translation>Microcredential verwijderen?</translation>
    </message>
    <message>
        <source>Delete “%1” from the catalogue?

You can undo this with Edit &gt; Undo while the catalogue is open; to keep it out of sight for good, archive it instead.</source>
        <translation>“%1” uit de catalogus verwijderen?

U kunt dit ongedaan maken met Bewerken &gt; Ongedaan maken zolang de catalogus open is; archiveer de microcredential als u hem blijvend uit beeld wilt hebben.</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>“%1” verwijderen</translation>
    </message>
    <message>
        <source>Cannot reach the catalogue: %1. Trying again…</source>
        <translation>De catalogus is niet bereikbaar: %1. Opnieuw proberen…</translation>
    </message>
    <message>
        <source>The connection to the catalogue is back.</source>
        <translation>De verbinding met de catalogus is terug.</translation>
    </message>
    <message>
        <source>Restart now?</source>
        <translation>Nu opnieuw starten?</translation>
    </message>
    <message>
        <source>The new language is used from the next start. Restart Microcredential Studio now? Open windows are closed first, and everything in them is saved.</source>
        <translation>De nieuwe taal wordt gebruikt vanaf de volgende start. Microcredential Studio nu opnieuw starten? Open vensters worden eerst gesloten en alles daarin wordt opgeslagen.</translation>
    </message>
    <message numerus="yes">
        <source>%n microcredential(s)</source>
        <translation>
            <numerusform>%n microcredential</numerusform>
            <numerusform>%n microcredentials</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read the catalogue&apos;s quality frameworks</source>
        <translation>Kan de kwaliteitskaders van de catalogus niet lezen</translation>
    </message>
</context>
<context>
    <name>mcs::ui::MainWindowActions</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Opnie&amp;uw</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Ongedaan maken: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>Opnie&amp;uw: %1</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Catalogus</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;New Microcredential…</source>
        <translation>&amp;Nieuwe microcredential…</translation>
    </message>
    <message>
        <source>New &amp;Catalogue…</source>
        <translation>Nieuwe &amp;catalogus…</translation>
    </message>
    <message>
        <source>&amp;Open Catalogue…</source>
        <translation>Catalogus &amp;openen…</translation>
    </message>
    <message>
        <source>Connect to S&amp;hared Catalogue…</source>
        <translation>Verbinden met &amp;gedeelde catalogus…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporteren</translation>
    </message>
    <message>
        <source>&amp;Description for Approval…</source>
        <translation>&amp;Beschrijving ter vaststelling…</translation>
    </message>
    <message>
        <source>&amp;Checklist Review Report…</source>
        <translation>Beoordelingsrapport &amp;checklist…</translation>
    </message>
    <message>
        <source>Catalogue &amp;Overview…</source>
        <translation>Catalogus&amp;overzicht…</translation>
    </message>
    <message>
        <source>For &amp;edubadges (Open Badges 2.0)…</source>
        <translation>Voor &amp;edubadges (Open Badges 2.0)…</translation>
    </message>
    <message>
        <source>Open Badges &amp;3.0 Achievement…</source>
        <translation>Open Badges &amp;3.0-achievement…</translation>
    </message>
    <message>
        <source>Open Badges 3.0 Credential &amp;Template…</source>
        <translation>Open Badges 3.0-credential&amp;sjabloon…</translation>
    </message>
    <message>
        <source>Europass (E&amp;LM Qualification)…</source>
        <translation>Europass (E&amp;LM-kwalificatie)…</translation>
    </message>
    <message>
        <source>Design &amp;File (.mcdesign)…</source>
        <translation>Ontwerpbestan&amp;d (.mcdesign)…</translation>
    </message>
    <message>
        <source>Catalogue Overview as CS&amp;V…</source>
        <translation>Catalogusoverzicht als CS&amp;V…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importeren…</translation>
    </message>
    <message>
        <source>Import &amp;Learning Outcomes from a Spreadsheet…</source>
        <translation>&amp;Leeruitkomsten uit een spreadsheet importeren…</translation>
    </message>
    <message>
        <source>&amp;Print Preview…</source>
        <translation>Afdruk&amp;voorbeeld…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>In&amp;stellingen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <source>&amp;Edit Microcredential</source>
        <translation>Microcredential &amp;bewerken</translation>
    </message>
    <message>
        <source>Du&amp;plicate</source>
        <translation>&amp;Dupliceren</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archiveren</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>Ver&amp;wijderen…</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>Beoo&amp;rdelen</translation>
    </message>
    <message>
        <source>Change &amp;Status…</source>
        <translation>&amp;Status wijzigen…</translation>
    </message>
    <message>
        <source>Start New &amp;Version</source>
        <translation>Nieuwe &amp;versie beginnen</translation>
    </message>
    <message>
        <source>&amp;History and Versions…</source>
        <translation>&amp;Geschiedenis en versies…</translation>
    </message>
    <message>
        <source>&amp;Checklist Review…</source>
        <translation>&amp;Checklist beoordelen…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Bee&amp;ld</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Opnieuw laden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Gebruikershandleiding</translation>
    </message>
    <message>
        <source>&amp;About Microcredential Studio</source>
        <translation>&amp;Over Microcredential Studio</translation>
    </message>
    <message>
        <source>Europass C&amp;redential Template (EDC)…</source>
        <translation>Europass-c&amp;redentialsjabloon (EDC)…</translation>
    </message>
    <message>
        <source>&amp;Quality Frameworks…</source>
        <translation>&amp;Kwaliteitskaders…</translation>
    </message>
    <message>
        <source>&amp;Institutions…</source>
        <translation>&amp;Onderwijsinstellingen…</translation>
    </message>
</context>
<context>
    <name>mcs::ui::NewDesignWizard</name>
    <message>
        <source>New microcredential</source>
        <translation>Nieuwe microcredential</translation>
    </message>
    <message>
        <source>Discard the new microcredential?</source>
        <translation>De nieuwe microcredential weggooien?</translation>
    </message>
    <message>
        <source>What you entered in this wizard will be lost.</source>
        <translation>Wat u in deze wizard hebt ingevoerd, gaat verloren.</translation>
    </message>
    <message>
        <source>Cannot save the microcredential</source>
        <translation>Kan de microcredential niet opslaan</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Voltooien</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Stap %1 van %2: %3</translation>
    </message>
</context>
<context>
    <name>mcs::ui::OutcomesSection</name>
    <message>
        <source>Not set</source>
        <translation>Niet ingevuld</translation>
    </message>
    <message>
        <source>&amp;Learning outcomes</source>
        <translation>&amp;Leeruitkomsten</translation>
    </message>
    <message>
        <source>Learning outcomes</source>
        <translation>Leeruitkomsten</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>T&amp;oevoegen</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Ve&amp;rwijderen</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Om&amp;hoog</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Omlaa&amp;g</translation>
    </message>
    <message>
        <source>Learning outcome</source>
        <translation>Leeruitkomst</translation>
    </message>
    <message>
        <source>&amp;Statement</source>
        <translation>&amp;Formulering</translation>
    </message>
    <message>
        <source>Edit learning outcome %1</source>
        <translation>Leeruitkomst %1 bewerken</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domein</translation>
    </message>
    <message>
        <source>&amp;Domain</source>
        <translation>&amp;Domein</translation>
    </message>
    <message>
        <source>Change domain</source>
        <translation>Domein wijzigen</translation>
    </message>
    <message>
        <source>Intended Bloom level</source>
        <translation>Beoogd Bloom-niveau</translation>
    </message>
    <message>
        <source>Change Bloom level</source>
        <translation>Bloom-niveau wijzigen</translation>
    </message>
    <message>
        <source>Well written: one observable action, with its context.</source>
        <translation>Goed geformuleerd: één waarneembare handeling, met context.</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Bevindingen</translation>
    </message>
    <message>
        <source>Verbs</source>
        <translation>Werkwoorden</translation>
    </message>
    <message>
        <source>Bloom level of the suggested verbs</source>
        <translation>Bloom-niveau van de voorgestelde werkwoorden</translation>
    </message>
    <message>
        <source>Dutch verbs at this level; Enter inserts one</source>
        <translation>Nederlandse werkwoorden op dit niveau; Enter voegt er een in</translation>
    </message>
    <message>
        <source>English verbs at this level; Enter inserts one</source>
        <translation>Engelse werkwoorden op dit niveau; Enter voegt er een in</translation>
    </message>
    <message>
        <source>Suggested verbs at level</source>
        <translation>Voorgestelde werkwoorden op niveau</translation>
    </message>
    <message>
        <source>(not written yet)</source>
        <translation>(nog niet geschreven)</translation>
    </message>
    <message>
        <source>Add learning outcome</source>
        <translation>Leeruitkomst toevoegen</translation>
    </message>
    <message>
        <source>Remove learning outcome %1</source>
        <translation>Leeruitkomst %1 verwijderen</translation>
    </message>
    <message>
        <source>Move learning outcome</source>
        <translation>Leeruitkomst verplaatsen</translation>
    </message>
    <message>
        <source>One observable action per outcome, with its object and the context or standard.</source>
        <translation>Eén waarneembare handeling per leeruitkomst, met het object en de context of norm.</translation>
    </message>
    <message>
        <source>Intended Bloom le&amp;vel</source>
        <translation>Beoogd Bloom-&amp;niveau</translation>
    </message>
    <message>
        <source>Linked skills</source>
        <translation>Gekoppelde vaardigheden</translation>
    </message>
</context>
<context>
    <name>mcs::ui::PendingChanges</name>
    <message>
        <source>Close without saving?</source>
        <translation>Sluiten zonder opslaan?</translation>
    </message>
    <message>
        <source>The last changes could not be saved:
%1

Close anyway and lose them?</source>
        <translation>De laatste wijzigingen konden niet worden opgeslagen:
%1

Toch sluiten en ze kwijtraken?</translation>
    </message>
</context>
<context>
    <name>mcs::ui::QualityFrameworksDialog</name>
    <message>
        <source>Quality Frameworks</source>
        <translation>Kwaliteitskaders</translation>
    </message>
    <message>
        <source>The frameworks designs are checked against. A school can load the official wording of a framework, or its own, into the catalogue: everyone who uses the catalogue then checks against the same text.</source>
        <translation>De kaders waartegen ontwerpen worden getoetst. Een school kan de officiële tekst van een kader, of een eigen kader, in de catalogus laden: iedereen die de catalogus gebruikt, toetst dan tegen dezelfde tekst.</translation>
    </message>
    <message>
        <source>Quality frameworks</source>
        <translation>Kwaliteitskaders</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Kader</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <source>Applies</source>
        <translation>Geldt</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Herkomst</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Gebruikt door</translation>
    </message>
    <message>
        <source>&amp;Add from File…</source>
        <translation>&amp;Toevoegen uit bestand…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Verwijderen…</translation>
    </message>
    <message>
        <source>Only an approver adds, replaces or removes quality frameworks.</source>
        <translation>Alleen een goedkeurder voegt kwaliteitskaders toe, vervangt of verwijdert ze.</translation>
    </message>
    <message>
        <source>Cannot read the catalogue&apos;s quality frameworks</source>
        <translation>Kan de kwaliteitskaders van de catalogus niet lezen</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Ingetrokken</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Catalogus</translation>
    </message>
    <message>
        <source>Built in</source>
        <translation>Ingebouwd</translation>
    </message>
    <message numerus="yes">
        <source>%n design(s)</source>
        <translation>
            <numerusform>%n ontwerp</numerusform>
            <numerusform>%n ontwerpen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n criteria</source>
        <translation>
            <numerusform>%n criterium</numerusform>
            <numerusform>%n criteria</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n about the institution (evidence kept once, in Institutions)</source>
        <translation>
            <numerusform>%n over de instelling (onderbouwing eenmaal vastgelegd, bij Onderwijsinstellingen)</numerusform>
            <numerusform>%n over de instelling (onderbouwing eenmaal vastgelegd, bij Onderwijsinstellingen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Bron: %1</translation>
    </message>
    <message>
        <source>Add a Quality Framework</source>
        <translation>Kwaliteitskader toevoegen</translation>
    </message>
    <message>
        <source>Quality frameworks (*.json);;All files (*)</source>
        <translation>Kwaliteitskaders (*.json);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Cannot add the framework</source>
        <translation>Kan het kader niet toevoegen</translation>
    </message>
    <message>
        <source>Replace the Framework?</source>
        <translation>Kader vervangen?</translation>
    </message>
    <message>
        <source>The catalogue has %1, version %2. Replace it with version %3? Designs checked against it will show what changed.</source>
        <translation>De catalogus heeft %1, versie %2. Vervangen door versie %3? Ontwerpen die ertegen zijn getoetst, laten zien wat er veranderde.</translation>
    </message>
    <message>
        <source>Remove the Framework?</source>
        <translation>Kader verwijderen?</translation>
    </message>
    <message>
        <source>Remove %1 from the catalogue? If designs use it, it is withdrawn instead: they keep it, and new checklists no longer offer it.</source>
        <translation>%1 uit de catalogus verwijderen? Als ontwerpen het gebruiken, wordt het in plaats daarvan ingetrokken: zij houden het, en nieuwe checklists bieden het niet meer aan.</translation>
    </message>
    <message>
        <source>Cannot remove the framework</source>
        <translation>Kan het kader niet verwijderen</translation>
    </message>
</context>
<context>
    <name>mcs::ui::QualitySection</name>
    <message>
        <source>None chosen</source>
        <translation>Geen gekozen</translation>
    </message>
    <message>
        <source>&amp;Quality framework</source>
        <translation>&amp;Kwaliteitskader</translation>
    </message>
    <message>
        <source>The designated examencommissie</source>
        <translation>De aangewezen examencommissie</translation>
    </message>
    <message>
        <source>Quality &amp;assurance</source>
        <translation>Kwaliteitsb&amp;orging</translation>
    </message>
    <message>
        <source>&amp;Labour-market value</source>
        <translation>A&amp;rbeidsmarktwaarde</translation>
    </message>
    <message>
        <source>Regional &amp;partners</source>
        <translation>Regionale &amp;partners</translation>
    </message>
    <message>
        <source>Stac&amp;kability</source>
        <translation>Stape&amp;lbaarheid</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Niet ingevuld</translation>
    </message>
    <message>
        <source>Stackable &amp;towards</source>
        <translation>Stapelbaar &amp;naar</translation>
    </message>
    <message>
        <source>&amp;Grading</source>
        <translation>Waar&amp;dering</translation>
    </message>
    <message>
        <source>Validity in months</source>
        <translation>Geldigheid in maanden</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>Onbeperkt</translation>
    </message>
    <message>
        <source> months</source>
        <translation> maanden</translation>
    </message>
    <message>
        <source>&amp;Validity</source>
        <translation>&amp;Geldigheid</translation>
    </message>
    <message>
        <source>Change validity</source>
        <translation>Geldigheid wijzigen</translation>
    </message>
    <message>
        <source>Programme codes</source>
        <translation>Opleidingscodes</translation>
    </message>
    <message>
        <source>For example: CREBO 25987; CROHO 34560</source>
        <translation>Bijvoorbeeld: CREBO 25987; CROHO 34560</translation>
    </message>
    <message>
        <source>Programme &amp;codes</source>
        <translation>Opleidings&amp;codes</translation>
    </message>
    <message>
        <source>Edit programme codes</source>
        <translation>Opleidingscodes bewerken</translation>
    </message>
    <message>
        <source>Further &amp;information</source>
        <translation>Aanvullende &amp;informatie</translation>
    </message>
    <message>
        <source>&amp;Web page</source>
        <translation>Webp&amp;agina</translation>
    </message>
    <message>
        <source>Self-check against the quality framework</source>
        <translation>Zelfcontrole aan de hand van het kwaliteitskader</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterium</translation>
    </message>
    <message>
        <source>Automatic check</source>
        <translation>Automatische controle</translation>
    </message>
    <message>
        <source>Self-check</source>
        <translation>Zelfcontrole</translation>
    </message>
    <message>
        <source>Separated by commas</source>
        <translation>Gescheiden door komma&apos;s</translation>
    </message>
    <message>
        <source>Edit list</source>
        <translation>Lijst bewerken</translation>
    </message>
    <message>
        <source>Choose a quality framework to check the design against it.</source>
        <translation>Kies een kwaliteitskader om het ontwerp daaraan te toetsen.</translation>
    </message>
    <message>
        <source>Quality and labour market</source>
        <translation>Kwaliteit en arbeidsmarkt</translation>
    </message>
    <message>
        <source>The quality framework and examencommissie, labour-market value, stackability and further information.</source>
        <translation>Het kwaliteitskader en de examencommissie, de arbeidsmarktwaarde, de stapelbaarheid en aanvullende informatie.</translation>
    </message>
    <message>
        <source>E&amp;xamining body</source>
        <translation>&amp;Examencommissie</translation>
    </message>
    <message>
        <source>In&amp;dustry</source>
        <translation>Bedri&amp;jfstak</translation>
    </message>
</context>
<context>
    <name>mcs::ui::RecentCataloguesMenu</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Recent geopend</translation>
    </message>
    <message>
        <source>No recent catalogues</source>
        <translation>Geen recente catalogi</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>Lijst wissen</translation>
    </message>
</context>
<context>
    <name>mcs::ui::ReviewSignOffBar</name>
    <message>
        <source>Sign off review</source>
        <translation>Beoordeling aftekenen</translation>
    </message>
    <message>
        <source>Si&amp;gn off review…</source>
        <translation>Beoordeling &amp;aftekenen…</translation>
    </message>
    <message>
        <source>Enter your name in the settings to sign off the review.</source>
        <translation>Vul uw naam in bij de instellingen om de beoordeling af te tekenen.</translation>
    </message>
    <message>
        <source>Signed off by %1 on %2</source>
        <translation>Afgetekend door %1 op %2</translation>
    </message>
    <message>
        <source>Not signed off yet</source>
        <translation>Nog niet afgetekend</translation>
    </message>
    <message>
        <source>Sign off the review against %1 as %2?</source>
        <translation>Wilt u de beoordeling aan de hand van %1 aftekenen als %2?</translation>
    </message>
    <message>
        <source>Criteria still open: %1.</source>
        <translation>Openstaande criteria: %1.</translation>
    </message>
    <message>
        <source>Sign off checklist review</source>
        <translation>Beoordeling checklist aftekenen</translation>
    </message>
</context>
<context>
    <name>mcs::ui::SectionFactory</name>
    <message>
        <source>Help on this page (F1)</source>
        <translation>Hulp bij deze pagina (F1)</translation>
    </message>
    <message>
        <source>Help on this page</source>
        <translation>Hulp bij deze pagina</translation>
    </message>
</context>
<context>
    <name>mcs::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>Interface &amp;language</source>
        <translation>&amp;Taal van de interface</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Systeemstandaard (%1)</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>Uw &amp;naam</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rol</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Opsteller</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Beoordelaar</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>Goedkeurder</translation>
    </message>
    <message>
        <source>Default &amp;institution</source>
        <translation>Onderwijs&amp;instelling (standaard)</translation>
    </message>
    <message>
        <source>BRIN or other i&amp;dentifier</source>
        <translation>BRIN of ander &amp;kenmerk</translation>
    </message>
    <message>
        <source>Default quality &amp;framework</source>
        <translation>&amp;Kwaliteitskader (standaard)</translation>
    </message>
    <message>
        <source>A change of language takes effect when the program starts again; it offers to restart when you press OK.</source>
        <translation>Een andere taal wordt van kracht wanneer het programma opnieuw start; het biedt dat aan zodra u op OK drukt.</translation>
    </message>
</context>
<context>
    <name>mcs::ui::StudioApplication</name>
    <message>
        <source>Cannot add the example</source>
        <translation>Kan het voorbeeld niet toevoegen</translation>
    </message>
    <message>
        <source>Cannot open the catalogue</source>
        <translation>Kan de catalogus niet openen</translation>
    </message>
</context>
<context>
    <name>mcs::ui::SummarySection</name>
    <message>
        <source>Completion</source>
        <translation>Volledigheid</translation>
    </message>
    <message>
        <source>No findings: the design is complete and consistent.</source>
        <translation>Geen bevindingen: het ontwerp is compleet en consistent.</translation>
    </message>
    <message>
        <source>%p% complete</source>
        <translation>%p% compleet</translation>
    </message>
    <message>
        <source>Still to fill in: %1.</source>
        <translation>Nog in te vullen: %1.</translation>
    </message>
    <message>
        <source>Summary and checks</source>
        <translation>Samenvatting en controles</translation>
    </message>
    <message>
        <source>How complete the design is, and what the checks found.</source>
        <translation>Hoe compleet het ontwerp is en wat de controles vonden.</translation>
    </message>
    <message>
        <source>F&amp;indings (double-click or press Enter to go to the field)</source>
        <translation>Bev&amp;indingen (dubbelklik of druk op Enter om naar het veld te gaan)</translation>
    </message>
    <message>
        <source>Completion: required elements filled in and quality criteria met</source>
        <translation>Volledigheid: verplichte onderdelen ingevuld en kwaliteitscriteria voldaan</translation>
    </message>
    <message numerus="yes">
        <source>Every required element is filled in. %1 of %n criteria are marked as met.</source>
        <translation>
            <numerusform>Alle verplichte onderdelen zijn ingevuld. %1 van %n criterium is als voldaan gemarkeerd.</numerusform>
            <numerusform>Alle verplichte onderdelen zijn ingevuld. %1 van %n criteria zijn als voldaan gemarkeerd.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mcs::ui::VersionComparisonView</name>
    <message>
        <source>Differences between the versions</source>
        <translation>Verschillen tussen de versies</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vóór</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Na</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leeg)</translation>
    </message>
</context>
<context>
    <name>mcs::ui::WelcomeDialog</name>
    <message>
        <source>Welcome to Microcredential Studio</source>
        <translation>Welkom bij Microcredential Studio</translation>
    </message>
    <message>
        <source>Design a microcredential with your team, check it against a quality framework and prepare it for approval. Where would you like to start?</source>
        <translation>Ontwerp met uw team een microcredential, toets het aan een kwaliteitskader en maak het klaar voor goedkeuring. Waar wilt u beginnen?</translation>
    </message>
    <message>
        <source>&amp;New microcredential</source>
        <translation>&amp;Nieuwe microcredential</translation>
    </message>
    <message>
        <source>The wizard takes you through it step by step.</source>
        <translation>De wizard neemt u stap voor stap mee.</translation>
    </message>
    <message>
        <source>Open the &amp;example</source>
        <translation>Het &amp;voorbeeld openen</translation>
    </message>
    <message>
        <source>A complete design to look at and learn from.</source>
        <translation>Een volledig ontwerp om te bekijken en van te leren.</translation>
    </message>
    <message>
        <source>Connect to a &amp;shared catalogue</source>
        <translation>Verbinden met een &amp;gedeelde catalogus</translation>
    </message>
    <message>
        <source>Your school&apos;s catalogue on its PostgreSQL server.</source>
        <translation>De catalogus van uw school op de PostgreSQL-server.</translation>
    </message>
    <message>
        <source>&amp;Read the guide</source>
        <translation>De &amp;handleiding lezen</translation>
    </message>
    <message>
        <source>What a microcredential needs, and how this program helps.</source>
        <translation>Wat een microcredential nodig heeft, en hoe dit programma helpt.</translation>
    </message>
    <message>
        <source>&amp;Do not show this again</source>
        <translation>&amp;Dit niet meer tonen</translation>
    </message>
</context>
<context>
    <name>mcs::ui::WorkflowController</name>
    <message>
        <source>Cannot change the status</source>
        <translation>Kan de status niet wijzigen</translation>
    </message>
    <message>
        <source>The open editor has changes that could not be saved; save or discard them first.

%1</source>
        <translation>De open editor heeft wijzigingen die niet konden worden opgeslagen; sla ze eerst op of laat ze vallen.

%1</translation>
    </message>
    <message>
        <source>Status changed to “%1”.</source>
        <translation>Status gewijzigd in “%1”.</translation>
    </message>
    <message>
        <source>Start New Version</source>
        <translation>Nieuwe versie beginnen</translation>
    </message>
</context>
<context>
    <name>mcs::ui::WorkflowStepDialog</name>
    <message>
        <source>Change Status</source>
        <translation>Status wijzigen</translation>
    </message>
    <message>
        <source>The content fingerprint printed on the description for approval; the step records it.</source>
        <translation>De vingerafdruk van de inhoud die op de beschrijving ter vaststelling staat; de stap legt hem vast.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Volgende stap</translation>
    </message>
    <message>
        <source>%1 — as %2</source>
        <translation>%1 — als %2</translation>
    </message>
    <message>
        <source>Your roles allow no step from “%1”. A project leader (reviewer) or the examination committee or board (approver) takes the next step.</source>
        <translation>Uw rollen staan geen stap toe vanuit “%1”. Een projectleider (beoordelaar) of de examencommissie of het bestuur (goedkeurder) zet de volgende stap.</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <source>Take Step</source>
        <translation>Stap zetten</translation>
    </message>
    <message>
        <source>Withdraw to draft</source>
        <translation>Terugtrekken naar concept</translation>
    </message>
    <message>
        <source>Send back to draft</source>
        <translation>Terugsturen naar concept</translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation>Ter beoordeling indienen</translation>
    </message>
    <message>
        <source>Mark as reviewed</source>
        <translation>Als beoordeeld markeren</translation>
    </message>
    <message>
        <source>Approve for the examination committee</source>
        <translation>Goedkeuren namens de examencommissie</translation>
    </message>
    <message>
        <source>Approve for the board</source>
        <translation>Vaststellen namens het bestuur</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publiceren</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archiveren</translation>
    </message>
    <message>
        <source>Say why: the team sees this reason in the history.</source>
        <translation>Zeg waarom: het team ziet deze reden in de geschiedenis.</translation>
    </message>
    <message>
        <source>Optional; kept in the history with your name and the time.</source>
        <translation>Niet verplicht; wordt met uw naam en de tijd in de geschiedenis bewaard.</translation>
    </message>
    <message>
        <source>Microcredential</source>
        <translation>Microcredential</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <source>Status now</source>
        <translation>Huidige status</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Vingerafdruk</translation>
    </message>
    <message>
        <source>You act as</source>
        <translation>U handelt als</translation>
    </message>
    <message>
        <source>&amp;Next step</source>
        <translation>&amp;Volgende stap</translation>
    </message>
    <message>
        <source>&amp;Comment</source>
        <translation>&amp;Opmerking</translation>
    </message>
</context>
</TS>
