#!/usr/bin/env python3
"""Fills translations/mcstudio_nl.ts from the Dutch wording below, so the wording
lives in one reviewable place. Run after `cmake --build build --target
update_translations`; strings that are not here stay unfinished and the
translations_complete test fails, naming them."""
import sys
import xml.etree.ElementTree as ET

NL = {
    "%1: %2": "%1: %2",
    "%1: no such catalogue": "%1: deze catalogus bestaat niet",
    "%1: is a folder, not a catalogue": "%1: is een map, geen catalogus",
    "%1: cannot be read (permission denied)": "%1: kan niet worden gelezen (geen toegang)",
    "%1: not a Microcredential Studio catalogue (not an SQLite database)": "%1: geen catalogus van Microcredential Studio (geen SQLite-database)",
    "%1: already exists": "%1: bestaat al",
    "%1: the folder does not exist": "%1: de map bestaat niet",
    "the database is not a Microcredential Studio catalogue": "de database is geen catalogus van Microcredential Studio",
    "cannot be opened as a catalogue: %1": "kan niet als catalogus worden geopend: %1",
    "was written by a newer version of Microcredential Studio (catalogue schema %1; this version reads up to %2). It has not been changed; please update the program.":
        "is gemaakt met een nieuwere versie van Microcredential Studio (catalogusschema %1; deze versie leest tot en met %2). Het bestand is niet gewijzigd; werk het programma bij.",
    "no microcredential with id %1": "geen microcredential met id %1",
    "“%1” was changed by someone else in the meantime (row version %2, expected %3); nothing was overwritten":
        "“%1” is intussen door iemand anders gewijzigd (rijversie %2, verwacht %3); er is niets overschreven",
    "“%1” was deleted by someone else in the meantime": "“%1” is intussen door iemand anders verwijderd",
    "“%1” was changed by someone else in the meantime; nothing was overwritten": "“%1” is intussen door iemand anders gewijzigd; er is niets overschreven",
    "the database has no Microcredential Studio tables": "de database heeft geen tabellen van Microcredential Studio",
    "upgrading to schema version %1 failed: %2": "bijwerken naar schemaversie %1 is mislukt: %2",
    "must be one of %1": "moet een van deze waarden zijn: %1",
    "unknown field": "onbekend veld",
    "missing field": "veld ontbreekt",
    "must be a text": "moet een tekst zijn",
    "text of %1 characters is longer than the limit of %2": "tekst van %1 tekens is langer dan de grens van %2",
    "must be a whole number from %1 to %2": "moet een geheel getal van %1 tot en met %2 zijn",
    "must be an object": "moet een object zijn",
    "must be a list": "moet een lijst zijn",
    "list of %1 entries is longer than the limit of %2": "lijst van %1 items is langer dan de grens van %2",
    "must be a UTC time like 2026-01-31T09:30:00.000Z": "moet een UTC-tijd zijn zoals 2026-01-31T09:30:00.000Z",
    "%1: cannot be read (%2)": "%1: kan niet worden gelezen (%2)",
    "%1: not a valid level file (%2)": "%1: geen geldig niveaubestand (%2)",
    "%1: the EQF has 8 levels, the file describes %2": "%1: het EQF heeft 8 niveaus, het bestand beschrijft er %2",
    "%1: NLQF level %2 is missing": "%1: NLQF-niveau %2 ontbreekt",
    "must be a lowercase UUID such as 3f2b8c1e-5d4a-4e8b-9c7d-1a2b3c4d5e6f": "moet een UUID in kleine letters zijn, zoals 3f2b8c1e-5d4a-4e8b-9c7d-1a2b3c4d5e6f",
    "must be the id of a learning outcome": "moet het id van een leeruitkomst zijn",
    "must be a two-letter country code such as NL": "moet een landcode van twee letters zijn, zoals NL",
    "must be a two-letter language code such as nl": "moet een taalcode van twee letters zijn, zoals nl",
    "must be empty or a web address starting with https://": "moet leeg zijn of een webadres dat begint met https://",
    "%1: the file is %2 MiB, larger than the limit of %3 MiB for a design": "%1: het bestand is %2 MiB, groter dan de grens van %3 MiB voor een ontwerp",
    "%1: the file is empty": "%1: het bestand is leeg",
    "%1: %2: the file is not valid UTF-8 text": "%1: %2: het bestand is geen geldige UTF-8-tekst",
    "%1: %2: not valid JSON (%3)": "%1: %2: geen geldige JSON (%3)",
    "%1: not a microcredential design (expected a JSON object)": "%1: geen microcredentialontwerp (een JSON-object verwacht)",
    "%1: not a microcredential design (no formatVersion and microcredential fields)": "%1: geen microcredentialontwerp (velden formatVersion en microcredential ontbreken)",
    "%1: format version %2 is newer than this program reads (version %3); please update Microcredential Studio":
        "%1: formaatversie %2 is nieuwer dan dit programma kan lezen (versie %3); werk Microcredential Studio bij",
    "%1: unknown format version %2": "%1: onbekende formaatversie %2",
    "%1: no such file": "%1: dit bestand bestaat niet",
    "%1: is a folder, not a design file": "%1: is een map, geen ontwerpbestand",
    "Cannot write %1: %2": "Kan %1 niet schrijven: %2",
    "%1 is missing": "%1 ontbreekt",
    "%1 has no Dutch text": "%1 heeft geen Nederlandse tekst",
    "%1 has no English text": "%1 heeft geen Engelse tekst",
    "The microcredential has no learning outcomes": "De microcredential heeft geen leeruitkomsten",
    "Learning outcome %1 has an invalid identifier": "Leeruitkomst %1 heeft een ongeldig id",
    "Learning outcome %1 has the same identifier as another one": "Leeruitkomst %1 heeft hetzelfde id als een andere",
    "Learning outcome %1": "Leeruitkomst %1",
    "The microcredential has no assessment": "De microcredential heeft geen toetsing",
    "Assessment %1 has an invalid identifier": "Toets %1 heeft een ongeldig id",
    "Assessment %1 has the same identifier as another one": "Toets %1 heeft hetzelfde id als een andere",
    "The description of assessment %1": "De beschrijving van toets %1",
    "Assessment %1 refers to a learning outcome that does not exist": "Toets %1 verwijst naar een leeruitkomst die niet bestaat",
    "No EQF or NLQF level is given": "Er is geen EQF- of NLQF-niveau opgegeven",
    "NLQF level %1 does not correspond to EQF level %2": "NLQF-niveau %1 komt niet overeen met EQF-niveau %2",
    "The microcredential has an invalid identifier": "De microcredential heeft een ongeldig id",
    "The title": "De titel",
    "The summary": "De samenvatting",
    "The awarding institution is missing": "De uitgevende instelling ontbreekt",
    "The study load is missing": "De studielast ontbreekt",
    "The last change is dated before the creation": "De laatste wijziging is gedateerd vóór het aanmaken",
    "%1 EC (%2 hours)": "%1 EC (%2 uur)",
    "%1 SBU (%2 EC)": "%1 SBU (%2 EC)",
    "line %1, column %2": "regel %1, kolom %2",
    "%1 (v%2)": "%1 (v%2)",
    "Title": "Titel",
    "Sector": "Sector",
    "Level": "Niveau",
    "Study load": "Studielast",
    "Status": "Status",
    "Last changed": "Laatst gewijzigd",
    "Microcredential summary": "Samenvatting van de microcredential",
    "Institution": "Instelling",
    "%1, version %2": "%1, versie %2",
    "Target group": "Doelgroep",
    "Examining body": "Examencommissie",
    "Learning outcomes": "Leeruitkomsten",
    "mbo": "mbo",
    "hbo": "hbo",
    "wo": "wo",
    "Other": "Overig",
    "Draft": "Concept",
    "In review": "In beoordeling",
    "Approved": "Vastgesteld",
    "Published": "Gepubliceerd",
    "Archived": "Gearchiveerd",
    "EQF %1": "EQF %1",
    "NLQF entry level": "NLQF-instroomniveau",
    "NLQF %1": "NLQF %1",
    "Microcredential Studio": "Microcredential Studio",
    "Microcredentials in the catalogue": "Microcredentials in de catalogus",
    "&File": "&Bestand",
    "&New Catalogue...": "&Nieuwe catalogus...",
    "&Open Catalogue...": "Catalogus &openen...",
    "&Quit": "&Afsluiten",
    "&View": "Bee&ld",
    "&Reload": "&Opnieuw laden",
    "&Help": "&Help",
    "&About Microcredential Studio": "&Over Microcredential Studio",
    "%1 — Microcredential Studio": "%1 — Microcredential Studio",
    "No catalogue is open.": "Er is geen catalogus geopend.",
    "Cannot read the catalogue": "Kan de catalogus niet lezen",
    "1 microcredential": "1 microcredential",
    "%1 microcredentials": "%1 microcredentials",
    "This catalogue has no microcredentials yet.": "Deze catalogus heeft nog geen microcredentials.",
    "Cannot create the catalogue": "Kan de catalogus niet aanmaken",
    "Cannot open the catalogue": "Kan de catalogus niet openen",
    "Open Catalogue": "Catalogus openen",
    "Microcredential catalogues (*.mcdb);;All files (*)": "Microcredentialcatalogi (*.mcdb);;Alle bestanden (*)",
    "New Catalogue": "Nieuwe catalogus",
    "Microcredential catalogues (*.mcdb)": "Microcredentialcatalogi (*.mcdb)",
    "About Microcredential Studio": "Over Microcredential Studio",
    "<h3>Microcredential Studio %1</h3><p>Design, check and document microcredentials.</p><p>Built with Qt %2, running on Qt %3.</p>":
        "<h3>Microcredential Studio %1</h3><p>Microcredentials ontwerpen, toetsen en beschrijven.</p><p>Gebouwd met Qt %2, draait op Qt %3.</p>",
    "Cannot add the example": "Kan het voorbeeld niet toevoegen",
}


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else "translations/mcstudio_nl.ts"
    tree = ET.parse(path)
    missing = []
    for message in tree.getroot().iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        if source in NL:
            translation.text = NL[source]
            translation.attrib.pop("type", None)
        elif translation.get("type") == "unfinished" or not (translation.text or "").strip():
            missing.append(source)
    tree.write(path, encoding="utf-8", xml_declaration=True)
    with open(path, "r+", encoding="utf-8") as f:
        text = f.read().replace("<?xml version='1.0' encoding='utf-8'?>", '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>', 1)
        f.seek(0)
        f.write(text)
        f.truncate()
    for source in missing:
        print(f"untranslated: {source!r}")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
