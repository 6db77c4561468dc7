#include "FrameworkCommands.h"

#include "ActingRole.h"
#include "CommandLine.h"
#include "JsonViews.h"
#include "frameworks/FrameworkLibrary.h"
#include "util/Clock.h"
#include "util/Timestamp.h"

#include <QJsonArray>
#include <QLocale>
#include <QSet>

namespace mcs::cli {

namespace {

QStringList institutionCriteria(const QualityFramework &framework)
{
    QStringList ids;
    for (const QualityCriterion &criterion : framework.criteria) {
        if (criterion.concernsInstitution)
            ids.append(criterion.id);
    }
    return ids;
}

} // namespace

int FrameworkCommands::run(CliContext &ctx, const QStringList &arguments)
{
    const QString action = arguments.value(0);
    if (action == QLatin1String("list"))
        return list(ctx, arguments.mid(1));
    if (action == QLatin1String("add"))
        return add(ctx, arguments.mid(1));
    if (action == QLatin1String("remove"))
        return remove(ctx, arguments.mid(1));
    return ctx.usage(action.isEmpty() ? tr("frameworks: say list, add or remove")
                                      : tr("frameworks: unknown action '%1' (list, add or remove)").arg(action));
}

int FrameworkCommands::list(CliContext &ctx, const QStringList &arguments)
{
    CommandLine cmd(QStringLiteral("frameworks list"), {CommandLine::jsonOption()});
    if (!cmd.parse(ctx, arguments, 1, 1))
        return UsageOrInputError;
    const std::shared_ptr<Catalogue> catalogue = ctx.openCatalogue(cmd.positional().constFirst());
    if (!catalogue)
        return UsageOrInputError;
    const Result<QList<StoredFramework>> stored = catalogue->frameworks();
    if (!stored.ok())
        return ctx.fail(stored.error());
    const QDate today = Clock::today();
    QJsonArray json;
    QSet<QString> inCatalogue;
    const auto row = [&](const QualityFramework &framework, const StoredFramework *record) {
        QJsonObject o = JsonViews::frameworkPeriod(framework, today);
        o.insert(QStringLiteral("name"), JsonViews::localized(framework.name));
        o.insert(QStringLiteral("criteria"), int(framework.criteria.size()));
        o.insert(QStringLiteral("institutionCriteria"), QJsonArray::fromStringList(institutionCriteria(framework)));
        o.insert(QStringLiteral("addedBy"), record ? QJsonValue(record->addedBy) : QJsonValue(QJsonValue::Null));
        o.insert(QStringLiteral("addedAt"), record && record->addedAt.isValid() ? QJsonValue(Timestamp::toText(record->addedAt))
                                                                              : QJsonValue(QJsonValue::Null));
        o.insert(QStringLiteral("designsUsing"), record ? QJsonValue(record->designsUsing) : QJsonValue(QJsonValue::Null));
        json.append(o);
        if (cmd.isSet(QStringLiteral("json")))
            return;
        QString state = framework.fromCatalogue ? tr("catalogue") : tr("built in");
        if (framework.withdrawn)
            state = tr("withdrawn");
        ctx.out() << framework.id.leftJustified(16) << ' ' << framework.version.leftJustified(10) << ' '
                  << state.leftJustified(10) << ' ' << framework.name.preferred(QStringLiteral("nl")) << '\n'
                  << "    " << tr("applies %1").arg(FrameworkLibrary::periodText(framework));
        if (!framework.appliesOn(today))
            ctx.out() << "  " << tr("(outside its period today)");
        ctx.out() << '\n';
        if (record)
            ctx.out() << "    " << tr("added by %1 on %2; used by %n design(s)", nullptr, record->designsUsing)
                                       .arg(record->addedBy, QLocale().toString(record->addedAt.toLocalTime(), QLocale::ShortFormat))
                      << '\n';
    };
    for (const StoredFramework &record : stored.value()) {
        row(record.framework, &record);
        inCatalogue.insert(record.framework.id);
    }
    for (const QualityFramework &framework : FrameworkLibrary::builtIn()) {
        if (!inCatalogue.contains(framework.id))
            row(framework, nullptr);
    }
    if (cmd.isSet(QStringLiteral("json")))
        ctx.printJson(json);
    else
        ctx.out().flush();
    return Success;
}

int FrameworkCommands::add(CliContext &ctx, const QStringList &arguments)
{
    CommandLine cmd(QStringLiteral("frameworks add"), {ActingRole::roleOption(), ActingRole::byOption(), CommandLine::jsonOption()});
    if (!cmd.parse(ctx, arguments, 2, 2))
        return UsageOrInputError;
    const QString path = cmd.positional().at(1);
    // The file first: one with errors is refused before the catalogue is touched.
    const Result<QByteArray> read = FrameworkLibrary::readFile(path);
    if (!read.ok())
        return ctx.fail(read.error());
    const QByteArray &document = read.value();
    if (const Result<QualityFramework> parsed = FrameworkLibrary::fromBytes(document, path); !parsed.ok())
        return ctx.fail(parsed.error());
    const std::shared_ptr<Catalogue> catalogue = ctx.openCatalogue(cmd.positional().constFirst());
    if (!catalogue)
        return UsageOrInputError;
    if (!ActingRole::apply(ctx, cmd, *catalogue))
        return UsageOrInputError;
    const Result<QualityFramework> added = catalogue->addFramework(document, path);
    if (!added.ok())
        return ctx.failWith(added.error(), added.failureKind());
    if (cmd.isSet(QStringLiteral("json")))
        ctx.printJson(JsonViews::frameworkPeriod(added.value(), Clock::today()));
    else
        ctx.out() << tr("added %1 %2 to the catalogue").arg(added.value().id, added.value().version) << Qt::endl;
    return Success;
}

int FrameworkCommands::remove(CliContext &ctx, const QStringList &arguments)
{
    CommandLine cmd(QStringLiteral("frameworks remove"), {ActingRole::roleOption(), ActingRole::byOption()});
    if (!cmd.parse(ctx, arguments, 2, 2))
        return UsageOrInputError;
    const std::shared_ptr<Catalogue> catalogue = ctx.openCatalogue(cmd.positional().constFirst());
    if (!catalogue)
        return UsageOrInputError;
    if (!ActingRole::apply(ctx, cmd, *catalogue))
        return UsageOrInputError;
    const QString id = cmd.positional().at(1);
    const Result<Catalogue::FrameworkRemoval> removed = catalogue->removeFramework(id);
    if (!removed.ok())
        return ctx.failWith(removed.error(), removed.failureKind());
    ctx.out() << (removed.value() == Catalogue::FrameworkRemoval::Withdrawn
                      ? tr("withdrew %1: designs use it, so it stays for them; new checklists no longer use it").arg(id)
                      : tr("removed %1 from the catalogue").arg(id))
              << Qt::endl;
    return Success;
}

} // namespace mcs::cli
