#include "OutcomesCsv.h"

#include "CsvTable.h"
#include "model/Microcredential.h"

namespace mcs {

namespace {

const QStringList DutchHeaders{QStringLiteral("nl"), QStringLiteral("nederlands"), QStringLiteral("dutch"),
                               QStringLiteral("leeruitkomst"), QStringLiteral("leeruitkomst (nl)"),
                               QStringLiteral("learning outcome (nl)"), QStringLiteral("statement nl")};
const QStringList EnglishHeaders{QStringLiteral("en"), QStringLiteral("engels"), QStringLiteral("english"),
                                 QStringLiteral("learning outcome"), QStringLiteral("leeruitkomst (en)"),
                                 QStringLiteral("learning outcome (en)"), QStringLiteral("statement en")};
const QStringList DomainHeaders{QStringLiteral("domain"), QStringLiteral("domein")};
const QStringList BloomHeaders{QStringLiteral("bloomLevel"), QStringLiteral("bloom"), QStringLiteral("bloom level"),
                               QStringLiteral("bloom-niveau"), QStringLiteral("bloomniveau")};

template<typename E>
std::optional<E> valueFrom(const QString &cell, const QList<std::pair<QString, E>> &aliases)
{
    const QString value = cell.trimmed();
    if (const std::optional<E> code = fromCode<E>(value))
        return code;
    for (const auto &alias : aliases) {
        if (value.compare(alias.first, Qt::CaseInsensitive) == 0)
            return alias.second;
    }
    return std::nullopt;
}

} // namespace

bool OutcomesCsv::looksLikeOutcomes(const QByteArray &data)
{
    const Result<CsvTable> table = CsvTable::parse(data.left(4096), QString());
    return table.ok() && (table.value().column(DutchHeaders) >= 0 || table.value().column(EnglishHeaders) >= 0);
}

Result<QList<LearningOutcome>> OutcomesCsv::read(const QByteArray &data, const QString &sourceName)
{
    using R = Result<QList<LearningOutcome>>;
    const Result<CsvTable> parsed = CsvTable::parse(data, sourceName);
    if (!parsed.ok())
        return R::failure(parsed.error());
    const CsvTable &table = parsed.value();
    const int nl = table.column(DutchHeaders);
    const int en = table.column(EnglishHeaders);
    const int domain = table.column(DomainHeaders);
    const int bloom = table.column(BloomHeaders);
    if (nl < 0 && en < 0)
        return R::failure(tr("%1: no column with learning outcomes; name the columns “nl” and “en” (or Nederlands and Engels)")
                              .arg(sourceName));
    static const QList<std::pair<QString, OutcomeDomain>> domains{
        {QStringLiteral("kennis"), OutcomeDomain::Knowledge},
        {QStringLiteral("vaardigheden"), OutcomeDomain::Skills},
        {QStringLiteral("verantwoordelijkheid en zelfstandigheid"), OutcomeDomain::ResponsibilityAutonomy},
        {QStringLiteral("knowledge"), OutcomeDomain::Knowledge},
        {QStringLiteral("skills"), OutcomeDomain::Skills},
        {QStringLiteral("responsibility and autonomy"), OutcomeDomain::ResponsibilityAutonomy}};
    static const QList<std::pair<QString, BloomLevel>> blooms{
        {QStringLiteral("onthouden"), BloomLevel::Remember}, {QStringLiteral("begrijpen"), BloomLevel::Understand},
        {QStringLiteral("toepassen"), BloomLevel::Apply},    {QStringLiteral("analyseren"), BloomLevel::Analyse},
        {QStringLiteral("evalueren"), BloomLevel::Evaluate}, {QStringLiteral("creëren"), BloomLevel::Create},
        {QStringLiteral("analyze"), BloomLevel::Analyse}};
    QList<LearningOutcome> outcomes;
    for (qsizetype r = 0; r < table.rows.size(); ++r) {
        const QStringList &row = table.rows.at(r);
        const int line = int(r) + 2; // the header is line 1
        LearningOutcome outcome;
        outcome.statement.nl = nl >= 0 ? row.value(nl).trimmed() : QString();
        outcome.statement.en = en >= 0 ? row.value(en).trimmed() : QString();
        if (outcome.statement.isEmpty())
            continue; // spreadsheets end with empty rows
        const QString domainCell = domain >= 0 ? row.value(domain).trimmed() : QString();
        if (!domainCell.isEmpty()) {
            outcome.domain = valueFrom(domainCell, domains);
            if (!outcome.domain)
                return R::failure(tr("%1: line %2: unknown domain “%3” (knowledge, skills, responsibilityAutonomy)")
                                      .arg(sourceName).arg(line).arg(domainCell));
        }
        const QString bloomCell = bloom >= 0 ? row.value(bloom).trimmed() : QString();
        if (!bloomCell.isEmpty()) {
            outcome.bloomLevel = valueFrom(bloomCell, blooms);
            if (!outcome.bloomLevel)
                return R::failure(tr("%1: line %2: unknown Bloom level “%3” (remember, understand, apply, analyse, evaluate, create)")
                                      .arg(sourceName).arg(line).arg(bloomCell));
        }
        outcome.id = Microcredential::newId();
        outcomes.append(outcome);
    }
    if (outcomes.isEmpty())
        return R::failure(tr("%1: the file has no learning outcomes").arg(sourceName));
    return R::success(std::move(outcomes));
}

} // namespace mcs
