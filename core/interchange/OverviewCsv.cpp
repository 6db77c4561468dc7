#include "OverviewCsv.h"

#include "CsvTable.h"
#include "model/StudyLoad.h"
#include "util/Timestamp.h"

namespace mcs {

QByteArray OverviewCsv::write(const QList<CatalogueEntry> &entries)
{
    CsvTable table;
    table.header = {QStringLiteral("id"), QStringLiteral("titleNl"), QStringLiteral("titleEn"), QStringLiteral("sector"),
                    QStringLiteral("eqfLevel"), QStringLiteral("nlqfLevel"), QStringLiteral("studyLoadHours"),
                    QStringLiteral("ec"), QStringLiteral("status"), QStringLiteral("version"),
                    QStringLiteral("completion"), QStringLiteral("changed")};
    for (const CatalogueEntry &e : entries) {
        table.rows.append({e.id, e.title.nl, e.title.en, toCode(e.sector),
                           e.eqfLevel ? QString::number(*e.eqfLevel) : QString(), toCode(e.nlqfLevel),
                           QString::number(e.studyLoadHours), StudyLoad::ecText(e.studyLoadHours, QLocale::c()),
                           toCode(e.status), QString::number(e.version),
                           e.completion < 0 ? QString() : QString::number(e.completion), Timestamp::toText(e.changed)});
    }
    return table.toCsv(QLatin1Char(';'));
}

} // namespace mcs
