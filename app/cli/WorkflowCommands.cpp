#include "WorkflowCommands.h"

#include "CommandLine.h"
#include "format/ContentFingerprint.h"
#include "storage/Catalogue.h"
#include "util/Timestamp.h"
#include "workflow/ApprovalWorkflow.h"
#include "workflow/DesignComparison.h"
#include "workflow/WorkflowNames.h"

#include <QJsonArray>
#include <QJsonObject>

namespace mcs::cli {

namespace {

using CataloguePtr = std::shared_ptr<Catalogue>;

int failWith(CliContext &ctx, const QString &message, FailureKind kind)
{
    return ctx.failWith(message, kind);
}

} // namespace

int WorkflowCommands::status(CliContext &ctx, const QStringList &arguments)
{
    const QCommandLineOption role(QStringLiteral("role"),
                                  tr("Act in this role: editor, reviewer or approver (a file catalogue needs it; a "
                                     "shared catalogue uses your database roles)."),
                                  QStringLiteral("role"));
    const QCommandLineOption comment(QStringLiteral("comment"), tr("Why; required when going back to draft."),
                                     QStringLiteral("text"));
    const QCommandLineOption by(QStringLiteral("by"), tr("Your name in the record (file catalogues; default: the "
                                                         "system user)."),
                                QStringLiteral("name"));
    CommandLine cmd(QStringLiteral("status"), {role, comment, by});
    if (!cmd.parse(ctx, arguments, 3, 3))
        return UsageOrInputError;
    const QString id = cmd.positional().at(1);
    const std::optional<Status> to = fromCode<Status>(cmd.positional().at(2));
    if (!to) {
        return ctx.usage(tr("unknown status '%1'; expected one of %2")
                             .arg(cmd.positional().at(2), EnumCodes<Status>::allCodes().join(QLatin1String(", "))));
    }
    std::optional<WorkflowRole> chosenRole;
    if (cmd.isSet(QStringLiteral("role"))) {
        chosenRole = roleFromCode(cmd.value(QStringLiteral("role")));
        if (!chosenRole)
            return ctx.usage(tr("unknown role '%1'; expected editor, reviewer or approver").arg(cmd.value(QStringLiteral("role"))));
    }
    const CataloguePtr catalogue = ctx.openCatalogue(cmd.positional().constFirst());
    if (!catalogue)
        return UsageOrInputError;
    if (!catalogue->isShared()) {
        if (!chosenRole)
            return ctx.usage(tr("a file catalogue needs --role: the role is a setting there"));
        const QString name = cmd.isSet(QStringLiteral("by")) ? cmd.textValue(ctx, QStringLiteral("by"), TextSanitizer::Lines::Single) : catalogue->actor().name;
        catalogue->setActor({name, {*chosenRole}});
    }
    const Result<Microcredential> mc = catalogue->load(id);
    if (!mc.ok())
        return ctx.fail(mc.error());
    if (!chosenRole) {
        // Shared catalogue without --role: the first of the user's roles that may take this step.
        for (const WorkflowRule &rule : ApprovalWorkflow::rulesFrom(mc.value().status)) {
            if (rule.to == *to && catalogue->actor().has(rule.role)) {
                chosenRole = rule.role;
                break;
            }
        }
        if (!chosenRole) {
            return failWith(ctx, tr("%1: %2 may not move “%3” from %4 to %5")
                                     .arg(catalogue->path(), catalogue->actor().name, mc.value().title.preferred(QStringLiteral("nl")),
                                          WorkflowNames::status(mc.value().status), WorkflowNames::status(*to)),
                            FailureKind::Forbidden);
        }
    }
    const Result<int> step = catalogue->transition(id, *to, *chosenRole, cmd.textValue(ctx, QStringLiteral("comment"), TextSanitizer::Lines::Multi));
    if (!step.ok())
        return failWith(ctx, step.error(), step.failureKind());
    ctx.out() << tr("%1: %2 -> %3 (version %4, fingerprint %5)")
                     .arg(id, toCode(mc.value().status), toCode(*to))
                     .arg(mc.value().version)
                     .arg(ContentFingerprint::shortForm(mc.value()))
              << Qt::endl;
    return Success;
}

int WorkflowCommands::newVersion(CliContext &ctx, const QStringList &arguments)
{
    CommandLine cmd(QStringLiteral("new-version"), {});
    if (!cmd.parse(ctx, arguments, 2, 2))
        return UsageOrInputError;
    const CataloguePtr catalogue = ctx.openCatalogue(cmd.positional().constFirst());
    if (!catalogue)
        return UsageOrInputError;
    const Result<Microcredential> next = catalogue->startNewVersion(cmd.positional().at(1));
    if (!next.ok())
        return failWith(ctx, next.error(), next.failureKind());
    ctx.out() << tr("%1: version %2 started as a draft").arg(next.value().id).arg(next.value().version) << Qt::endl;
    return Success;
}

int WorkflowCommands::history(CliContext &ctx, const QStringList &arguments)
{
    CommandLine cmd(QStringLiteral("history"), {CommandLine::jsonOption()});
    if (!cmd.parse(ctx, arguments, 2, 2))
        return UsageOrInputError;
    const CataloguePtr catalogue = ctx.openCatalogue(cmd.positional().constFirst());
    if (!catalogue)
        return UsageOrInputError;
    const QString id = cmd.positional().at(1);
    const Result<QList<DesignVersionRecord>> versions = catalogue->versions(id);
    const Result<QList<TransitionRecord>> steps = catalogue->transitions(id);
    const Result<QList<HistoryNote>> notes = catalogue->notes(id);
    if (!versions.ok() || !steps.ok() || !notes.ok())
        return ctx.fail(!versions.ok() ? versions.error() : !steps.ok() ? steps.error() : notes.error());
    if (versions.value().isEmpty() && steps.value().isEmpty() && notes.value().isEmpty())
        return ctx.fail(tr("%1: no history for id %2").arg(catalogue->path(), id));

    if (cmd.isSet(QStringLiteral("json"))) {
        QJsonArray versionArray;
        for (const DesignVersionRecord &v : versions.value()) {
            versionArray.append(QJsonObject{{QStringLiteral("version"), v.version},
                                            {QStringLiteral("status"), toCode(v.status)},
                                            {QStringLiteral("fingerprint"), v.fingerprint},
                                            {QStringLiteral("savedAt"), Timestamp::toText(v.savedAt)},
                                            {QStringLiteral("savedBy"), v.savedBy}});
        }
        QJsonArray stepArray;
        for (const TransitionRecord &t : steps.value()) {
            stepArray.append(QJsonObject{{QStringLiteral("version"), t.version},
                                         {QStringLiteral("from"), toCode(t.from)},
                                         {QStringLiteral("to"), toCode(t.to)},
                                         {QStringLiteral("actor"), t.actor},
                                         {QStringLiteral("role"), roleCode(t.role)},
                                         {QStringLiteral("at"), Timestamp::toText(t.at)},
                                         {QStringLiteral("comment"), t.comment},
                                         {QStringLiteral("fingerprint"), t.fingerprint}});
        }
        QJsonArray noteArray;
        for (const HistoryNote &n : notes.value()) {
            noteArray.append(QJsonObject{{QStringLiteral("kind"), HistoryNote::kindCode(n.kind)},
                                         {QStringLiteral("version"), n.version},
                                         {QStringLiteral("formerStatus"), n.formerStatus ? toCode(*n.formerStatus) : QString()},
                                         {QStringLiteral("actor"), n.actor},
                                         {QStringLiteral("at"), Timestamp::toText(n.at)},
                                         {QStringLiteral("text"), n.text}});
        }
        ctx.printJson(QJsonObject{{QStringLiteral("id"), id},
                                  {QStringLiteral("versions"), versionArray},
                                  {QStringLiteral("steps"), stepArray},
                                  {QStringLiteral("notes"), noteArray}});
        return Success;
    }
    ctx.out() << tr("Versions:") << Qt::endl;
    for (const DesignVersionRecord &v : versions.value()) {
        ctx.out() << QStringLiteral("  %1  %2  %3  %4  %5")
                         .arg(v.version, 3)
                         .arg(toCode(v.status), -24)
                         .arg(Timestamp::toText(v.savedAt), ContentFingerprint::shortForm(v.fingerprint), v.savedBy)
                  << Qt::endl;
    }
    ctx.out() << tr("Steps:") << Qt::endl;
    for (const TransitionRecord &t : steps.value()) {
        ctx.out() << QStringLiteral("  %1  v%2  %3 -> %4  %5 (%6)  %7")
                         .arg(Timestamp::toText(t.at))
                         .arg(t.version)
                         .arg(toCode(t.from), toCode(t.to), t.actor, roleCode(t.role),
                              ContentFingerprint::shortForm(t.fingerprint));
        if (!t.comment.isEmpty())
            ctx.out() << QStringLiteral("  \"%1\"").arg(t.comment);
        ctx.out() << Qt::endl;
    }
    if (!notes.value().isEmpty()) {
        ctx.out() << tr("Notes (not steps):") << Qt::endl;
        for (const HistoryNote &n : notes.value()) {
            ctx.out() << QStringLiteral("  %1  v%2  %3: %4").arg(Timestamp::toText(n.at)).arg(n.version).arg(n.actor, n.text)
                      << Qt::endl;
        }
    }
    return Success;
}

int WorkflowCommands::transfer(CliContext &ctx, const QStringList &arguments)
{
    const QCommandLineOption by(QStringLiteral("by"), tr("Your name in the record (a file catalogue as target; "
                                                         "default: the system user)."),
                                QStringLiteral("name"));
    CommandLine cmd(QStringLiteral("transfer"), {by});
    if (!cmd.parse(ctx, arguments, 3, 3))
        return UsageOrInputError;
    const CataloguePtr source = ctx.openCatalogue(cmd.positional().at(0));
    if (!source)
        return UsageOrInputError;
    const CataloguePtr target = ctx.openCatalogue(cmd.positional().at(1));
    if (!target)
        return UsageOrInputError;
    if (!target->isShared()) {
        // On a file the role is a setting: whoever moves a design in claims to approve.
        const QString name = cmd.isSet(QStringLiteral("by"))
                                 ? cmd.textValue(ctx, QStringLiteral("by"), TextSanitizer::Lines::Single)
                                 : target->actor().name;
        target->setActor({name, {WorkflowRole::Approver}});
    }
    const Result<SavedDesign> moved = target->transferIn(*source, cmd.positional().at(2));
    if (!moved.ok())
        return failWith(ctx, moved.error(), moved.failureKind());
    ctx.out() << tr("%1: moved in as version %2, “%3”")
                     .arg(moved.value().design.id)
                     .arg(moved.value().design.version)
                     .arg(WorkflowNames::status(moved.value().design.status))
              << Qt::endl;
    for (const QString &note : moved.value().notes)
        ctx.out() << "  " << tr("history: %1").arg(note) << Qt::endl;
    return Success;
}

int WorkflowCommands::diff(CliContext &ctx, const QStringList &arguments)
{
    CommandLine cmd(QStringLiteral("diff"), {CommandLine::jsonOption()});
    if (!cmd.parse(ctx, arguments, 4, 4))
        return UsageOrInputError;
    bool okBefore = false;
    bool okAfter = false;
    const int before = cmd.positional().at(2).toInt(&okBefore);
    const int after = cmd.positional().at(3).toInt(&okAfter);
    if (!okBefore || !okAfter)
        return ctx.usage(tr("versions are numbers, e.g. diff CATALOGUE ID 1 2"));
    const CataloguePtr catalogue = ctx.openCatalogue(cmd.positional().constFirst());
    if (!catalogue)
        return UsageOrInputError;
    const QString id = cmd.positional().at(1);
    const Result<Microcredential> a = catalogue->loadVersion(id, before);
    const Result<Microcredential> b = catalogue->loadVersion(id, after);
    if (!a.ok() || !b.ok())
        return ctx.fail(a.ok() ? b.error() : a.error());
    const QList<FieldDifference> differences = DesignComparison::compare(a.value(), b.value());
    if (cmd.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const FieldDifference &d : differences) {
            array.append(QJsonObject{{QStringLiteral("field"), d.path},
                                     {QStringLiteral("before"), d.before},
                                     {QStringLiteral("after"), d.after}});
        }
        ctx.printJson(QJsonObject{{QStringLiteral("id"), id},
                                  {QStringLiteral("from"), before},
                                  {QStringLiteral("to"), after},
                                  {QStringLiteral("differences"), array}});
        return Success;
    }
    if (differences.isEmpty())
        ctx.out() << tr("Versions %1 and %2 do not differ.").arg(before).arg(after) << Qt::endl;
    for (const FieldDifference &d : differences) {
        ctx.out() << d.path << Qt::endl
                  << QStringLiteral("  - %1").arg(d.before) << Qt::endl
                  << QStringLiteral("  + %1").arg(d.after) << Qt::endl;
    }
    return Success;
}

} // namespace mcs::cli
