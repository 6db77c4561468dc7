// libFuzzer targets for the importers, one per importer (MCSTUDIO_FUZZ_TARGET):
// the .mcdesign reader, the edubadges / Open Badges 3.0 (with the Dutch profile) /
// ELM / Europass credential readers, the CSV
// reader, and the entry point the CLI and the UI use (format recognised by
// content). A crash, a hang, a leak or undefined behaviour is a finding; an
// error message is the expected answer.

#include "format/McdesignReader.h"
#include "interchange/DesignImporter.h"
#include "interchange/EuropassImport.h"
#include "interchange/InterchangeReader.h"
#include "interchange/OutcomesCsv.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString source = QStringLiteral("fuzz");
#if MCSTUDIO_FUZZ_TARGET == 1
    (void)mcs::McdesignReader::fromBytes(bytes, source);
#elif MCSTUDIO_FUZZ_TARGET == 2
    // Every parsed object goes to every JSON importer, whatever its "type" says.
    const QJsonObject object = QJsonDocument::fromJson(bytes).object();
    if (!object.isEmpty()) {
        for (const mcs::ExchangeFormat format : mcs::ExchangeFormats::badgeFormats())
            (void)mcs::InterchangeReader::read(format, object, source);
        // A Europass credential in any wrapping, every claim of it.
        (void)mcs::EuropassImport::read(object, source, mcs::ClaimSelection::all());
    }
#elif MCSTUDIO_FUZZ_TARGET == 3
    (void)mcs::OutcomesCsv::read(bytes, source);
#else
    (void)mcs::DesignImporter::fromBytes(bytes, source, mcs::ClaimSelection::all());
#endif
    return 0;
}
