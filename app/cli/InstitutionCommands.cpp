#include "InstitutionCommands.h"

#include "ActingRole.h"
#include "CommandLine.h"
#include "JsonViews.h"
#include "frameworks/FrameworkLibrary.h"
#include "util/Clock.h"

#include <QJsonArray>
#include <QLocale>

namespace mcs::cli {

namespace {

QJsonObject institutionJson(const Institution &institution)
{
    return QJsonObject{{QStringLiteral("identifier"), institution.identifier},
                       {QStringLiteral("identifierScheme"), toCode(institution.identifierScheme)},
                       {QStringLiteral("name"), institution.name},
                       {QStringLiteral("country"), institution.country},
                       {QStringLiteral("region"), institution.region}};
}

/// The criterion `id` if some framework the catalogue offers has it and it concerns the institution.
const QualityCriterion *institutionCriterion(const QString &id, const QualityFramework **owner)
{
    for (const QualityFramework *framework : FrameworkLibrary::all()) {
        const QualityCriterion *criterion = framework->criterion(id);
        if (criterion && criterion->concernsInstitution) {
            *owner = framework;
            return criterion;
        }
    }
    return nullptr;
}

QString day(const QDate &date)
{
    return QLocale().toString(date, QStringLiteral("d MMMM yyyy"));
}

} // namespace

int InstitutionCommands::run(CliContext &ctx, const QStringList &arguments)
{
    const QString action = arguments.value(0);
    if (action == QLatin1String("list"))
        return list(ctx, arguments.mid(1));
    if (action == QLatin1String("show"))
        return show(ctx, arguments.mid(1));
    if (action == QLatin1String("set"))
        return set(ctx, arguments.mid(1));
    return ctx.usage(action.isEmpty() ? tr("institution: say list, show or set")
                                      : tr("institution: unknown action '%1' (list, show or set)").arg(action));
}

int InstitutionCommands::list(CliContext &ctx, const QStringList &arguments)
{
    CommandLine cmd(QStringLiteral("institution list"), {CommandLine::jsonOption()});
    if (!cmd.parse(ctx, arguments, 1, 1))
        return UsageOrInputError;
    const std::shared_ptr<Catalogue> catalogue = ctx.openCatalogue(cmd.positional().constFirst());
    if (!catalogue)
        return UsageOrInputError;
    const Result<QList<Institution>> institutions = catalogue->institutions();
    if (!institutions.ok())
        return ctx.fail(institutions.error());
    const QDate today = Clock::today();
    const Result<std::optional<Institution>> fallback = catalogue->defaultInstitution();
    if (!fallback.ok())
        return ctx.fail(fallback.error());
    const QString defaultId = fallback.value() ? fallback.value()->identifier : QString();
    QJsonArray json;
    for (const Institution &institution : institutions.value()) {
        const Result<QList<InstitutionEvidence>> evidence = catalogue->institutionEvidence(institution.identifier);
        if (!evidence.ok())
            return ctx.fail(evidence.error());
        int expired = 0;
        for (const InstitutionEvidence &e : evidence.value())
            expired += e.expiredOn(today) ? 1 : 0;
        QJsonObject o = institutionJson(institution);
        o.insert(QStringLiteral("evidenceCount"), int(evidence.value().size()));
        o.insert(QStringLiteral("needsReviewCount"), expired);
        o.insert(QStringLiteral("isDefault"), institution.identifier == defaultId);
        json.append(o);
        if (!cmd.isSet(QStringLiteral("json"))) {
            if (institution.identifier == defaultId)
                ctx.out() << "* ";
            ctx.out() << institution.identifier.leftJustified(10) << ' ' << institution.name << "  ("
                      << tr("evidence for %n criterion(s)", nullptr, int(evidence.value().size()));
            if (expired > 0)
                ctx.out() << ", " << tr("%n need(s) review", nullptr, expired);
            ctx.out() << ")\n";
        }
    }
    if (cmd.isSet(QStringLiteral("json")))
        ctx.printJson(json);
    else
        ctx.out().flush();
    return Success;
}

int InstitutionCommands::show(CliContext &ctx, const QStringList &arguments)
{
    CommandLine cmd(QStringLiteral("institution show"), {CommandLine::jsonOption()});
    if (!cmd.parse(ctx, arguments, 2, 2))
        return UsageOrInputError;
    const std::shared_ptr<Catalogue> catalogue = ctx.openCatalogue(cmd.positional().constFirst());
    if (!catalogue)
        return UsageOrInputError;
    const QString id = cmd.positional().at(1);
    const Result<std::optional<Institution>> institution = catalogue->institution(id);
    if (!institution.ok())
        return ctx.fail(institution.error());
    if (!institution.value())
        return ctx.fail(tr("%1: the catalogue has no institution %2").arg(catalogue->path(), id));
    const Result<QList<InstitutionEvidence>> evidence = catalogue->institutionEvidence(id);
    if (!evidence.ok())
        return ctx.fail(evidence.error());
    const QDate today = Clock::today();
    const bool json = cmd.isSet(QStringLiteral("json"));
    const Institution &inst = *institution.value();
    if (!json) {
        ctx.out() << inst.name << "  " << toCode(inst.identifierScheme).toUpper() << ' ' << inst.identifier << "  "
                  << inst.country << (inst.region.isEmpty() ? QString() : QStringLiteral(", ") + inst.region) << '\n';
    }
    // Per framework, every criterion about the institution: recorded or not.
    QJsonArray frameworks;
    for (const QualityFramework *framework : FrameworkLibrary::offered()) {
        if (!framework->hasInstitutionCriteria())
            continue;
        QJsonArray criteria;
        if (!json)
            ctx.out() << '\n' << framework->id << ' ' << framework->version << "  " << framework->name.preferred(QStringLiteral("nl")) << '\n';
        for (const QualityCriterion &criterion : framework->criteria) {
            if (!criterion.concernsInstitution)
                continue;
            const InstitutionEvidence *found = nullptr;
            for (const InstitutionEvidence &e : evidence.value()) {
                if (e.criterionId == criterion.id)
                    found = &e;
            }
            criteria.append(QJsonObject{{QStringLiteral("criterionId"), criterion.id},
                                        {QStringLiteral("number"), criterion.number},
                                        {QStringLiteral("title"), JsonViews::localized(criterion.title)},
                                        {QStringLiteral("evidence"), found ? QJsonValue(JsonViews::evidence(*found, today))
                                                                           : QJsonValue(QJsonValue::Null)}});
            if (json)
                continue;
            ctx.out() << "  " << criterion.number.leftJustified(4) << ' ' << criterion.title.preferred(QStringLiteral("nl")) << '\n';
            if (!found) {
                ctx.out() << "       " << tr("no evidence recorded") << '\n';
                continue;
            }
            ctx.out() << "       " << QString(found->text).replace(QLatin1Char('\n'), QStringLiteral("\n       ")) << '\n';
            for (const QString &link : found->links)
                ctx.out() << "       " << link << '\n';
            ctx.out() << "       " << tr("recorded by %1 on %2").arg(found->recordedBy, day(found->recordedAt.toLocalTime().date()));
            if (found->validUntil.isValid())
                ctx.out() << "; " << (found->expiredOn(today) ? tr("was valid until %1: needs review") : tr("valid until %1"))
                                          .arg(day(found->validUntil));
            ctx.out() << '\n';
        }
        frameworks.append(QJsonObject{{QStringLiteral("framework"), JsonViews::frameworkPeriod(*framework, today)},
                                      {QStringLiteral("criteria"), criteria}});
    }
    if (json) {
        QJsonObject o = institutionJson(inst);
        o.insert(QStringLiteral("frameworks"), frameworks);
        ctx.printJson(o);
    } else {
        ctx.out().flush();
    }
    return Success;
}

int InstitutionCommands::set(CliContext &ctx, const QStringList &arguments)
{
    const QCommandLineOption name(QStringLiteral("name"), tr("The institution's name."), QStringLiteral("name"));
    const QCommandLineOption scheme(QStringLiteral("scheme"), tr("How it is identified: brin or other."), QStringLiteral("scheme"));
    const QCommandLineOption country(QStringLiteral("country"), tr("Country, ISO 3166 code (default NL)."), QStringLiteral("code"));
    const QCommandLineOption region(QStringLiteral("region"), tr("Region."), QStringLiteral("region"));
    const QCommandLineOption criterion(QStringLiteral("criterion"), tr("The criterion the evidence is for (e.g. mbo-2024.02)."),
                                       QStringLiteral("id"));
    const QCommandLineOption evidence(QStringLiteral("evidence"), tr("The evidence; empty, without --link, removes it."),
                                      QStringLiteral("text"));
    const QCommandLineOption link(QStringLiteral("link"), tr("A link to a document (repeat for more)."), QStringLiteral("url"));
    const QCommandLineOption validUntil(QStringLiteral("valid-until"), tr("Last day the evidence holds (YYYY-MM-DD, or none)."),
                                        QStringLiteral("date"));
    const QCommandLineOption makeDefault(QStringLiteral("default"), tr("Make it the catalogue's default institution for new designs."));
    CommandLine cmd(QStringLiteral("institution set"), {name, scheme, country, region, criterion, evidence, link, validUntil,
                                                        makeDefault, ActingRole::roleOption(), ActingRole::byOption()});
    if (!cmd.parse(ctx, arguments, 2, 2))
        return UsageOrInputError;
    const bool setsEvidence = cmd.isSet(QStringLiteral("criterion"));
    if (!setsEvidence && (cmd.isSet(QStringLiteral("evidence")) || cmd.isSet(QStringLiteral("link")) || cmd.isSet(QStringLiteral("valid-until"))))
        return ctx.usage(tr("institution set: --evidence, --link and --valid-until need --criterion"));
    std::optional<InstitutionIdScheme> chosenScheme;
    if (cmd.isSet(QStringLiteral("scheme"))) {
        chosenScheme = fromCode<InstitutionIdScheme>(cmd.value(QStringLiteral("scheme")));
        if (!chosenScheme)
            return ctx.usage(tr("institution set: --scheme must be brin or other"));
    }
    QDate until;
    if (cmd.isSet(QStringLiteral("valid-until")) && cmd.value(QStringLiteral("valid-until")) != QLatin1String("none")) {
        until = QDate::fromString(cmd.value(QStringLiteral("valid-until")), Qt::ISODate);
        if (!until.isValid())
            return ctx.usage(tr("institution set: --valid-until must be a date written as YYYY-MM-DD, or none"));
    }
    const std::shared_ptr<Catalogue> catalogue = ctx.openCatalogue(cmd.positional().constFirst());
    if (!catalogue)
        return UsageOrInputError;
    if (!ActingRole::apply(ctx, cmd, *catalogue))
        return UsageOrInputError;
    const QString id = cmd.positional().at(1).trimmed();
    const Result<std::optional<Institution>> known = catalogue->institution(id);
    if (!known.ok())
        return ctx.fail(known.error());
    Institution institution = known.value().value_or(Institution{});
    institution.identifier = id;
    if (cmd.isSet(QStringLiteral("name")))
        institution.name = cmd.textValue(ctx, QStringLiteral("name"), TextSanitizer::Lines::Single);
    if (chosenScheme)
        institution.identifierScheme = *chosenScheme;
    if (cmd.isSet(QStringLiteral("country")))
        institution.country = cmd.textValue(ctx, QStringLiteral("country"), TextSanitizer::Lines::Single).trimmed().toUpper();
    if (cmd.isSet(QStringLiteral("region")))
        institution.region = cmd.textValue(ctx, QStringLiteral("region"), TextSanitizer::Lines::Single);
    if (!known.value() && institution.name.trimmed().isEmpty())
        return ctx.usage(tr("institution set: %1 is new to the catalogue: give its --name").arg(id));
    if (const Result<Done> saved = catalogue->saveInstitution(institution); !saved.ok())
        return ctx.failWith(saved.error(), saved.failureKind());
    if (cmd.isSet(QStringLiteral("default"))) {
        if (const Result<Done> chosen = catalogue->setDefaultInstitution(id); !chosen.ok())
            return ctx.failWith(chosen.error(), chosen.failureKind());
        ctx.out() << tr("%1 is the catalogue's default institution for new designs").arg(id) << Qt::endl;
    }
    if (!setsEvidence) {
        ctx.out() << tr("saved institution %1 (%2)").arg(institution.identifier, institution.name) << Qt::endl;
        return Success;
    }
    const QualityFramework *framework = nullptr;
    const QualityCriterion *about = institutionCriterion(cmd.value(QStringLiteral("criterion")), &framework);
    if (!about)
        return ctx.usage(tr("institution set: %1 is not a criterion about the institution in any framework of this catalogue")
                             .arg(cmd.value(QStringLiteral("criterion"))));
    InstitutionEvidence record;
    record.institutionId = id;
    record.criterionId = about->id;
    record.text = cmd.textValue(ctx, QStringLiteral("evidence"), TextSanitizer::Lines::Multi);
    for (const QString &url : cmd.values(QStringLiteral("link")))
        if (!url.trimmed().isEmpty())
            record.links.append(url.trimmed());
    record.validUntil = until;
    if (const Result<Done> recorded = catalogue->recordEvidence(record); !recorded.ok())
        return ctx.failWith(recorded.error(), recorded.failureKind());
    ctx.out() << (record.text.trimmed().isEmpty() && record.links.isEmpty()
                      ? tr("removed the evidence of %1 for %2 %3").arg(id, framework->id, about->number)
                      : tr("recorded the evidence of %1 for %2 %3").arg(id, framework->id, about->number))
              << Qt::endl;
    return Success;
}

} // namespace mcs::cli
