#include "CatalogueOverviewBuilder.h"

#include "DocumentLanguageScope.h"
#include "DocumentTexts.h"

namespace mcs {


DocumentContent CatalogueOverviewBuilder::build(const QList<CatalogueEntry> &entries, const QString &catalogueName,
                                                const QString &language, const QDate &today)
{
    const DocumentLanguageScope scope(language);
    const DocumentTexts t(language);
    DocumentContent doc;
    doc.language = t.language();
    doc.title = t(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Catalogue overview"));
    doc.headerRight = catalogueName;
    doc.footerLeft = t.locale().toString(today, QLocale::LongFormat);
    doc.pageLabel = t(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Page %1 of %2"));
    doc.landscape = true;

    doc.blocks.append(DocumentBlock::heading(t(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Catalogue overview"))));
    doc.blocks.append(DocumentBlock::quiet(entries.size() == 1 ? t(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "%1: 1 microcredential, %2.")).arg(catalogueName, doc.footerLeft)
                                                               : t(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "%1: %2 microcredentials, %3."))
                                                                     .arg(catalogueName)
                                                                     .arg(entries.size())
                                                                     .arg(doc.footerLeft)));
    DocumentBlock table;
    table.kind = DocumentBlock::Kind::Table;
    table.table.header = {t(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Title")), t(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Sector")), t(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Level")), t(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Study load")), t(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Status")),
                          t(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Version")), t(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Last changed"))};
    table.table.widths = {30, 7, 21, 15, 9, 6, 12};
    for (const CatalogueEntry &e : entries) {
        table.table.rows.append({t.pick(e.title), toCode(e.sector), t.level(e.eqfLevel, e.nlqfLevel),
                                 t.studyLoad(e.studyLoadHours, e.sector), t.status(e.status), QString::number(e.version),
                                 t.locale().toString(e.changed.toLocalTime().date(), QLocale::ShortFormat)});
    }
    if (entries.isEmpty())
        doc.blocks.append(DocumentBlock::quiet(t(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "The catalogue holds no microcredentials."))));
    else
        doc.blocks.append(table);
    return doc;
}

} // namespace mcs
