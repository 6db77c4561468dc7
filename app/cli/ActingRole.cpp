#include "ActingRole.h"

namespace mcs::cli {

QCommandLineOption ActingRole::roleOption()
{
    return QCommandLineOption(QStringLiteral("role"),
                              tr("Act in this role: editor, reviewer or approver (a file catalogue needs it; a "
                                 "shared catalogue uses your database roles)."),
                              QStringLiteral("role"));
}

QCommandLineOption ActingRole::byOption()
{
    return QCommandLineOption(QStringLiteral("by"), tr("Your name in the record (file catalogues; default: the system user)."),
                              QStringLiteral("name"));
}

bool ActingRole::apply(CliContext &ctx, const CommandLine &cmd, Catalogue &catalogue)
{
    if (catalogue.isShared())
        return true;
    if (!cmd.isSet(QStringLiteral("role"))) {
        ctx.usage(tr("a file catalogue needs --role: the role is a setting there"));
        return false;
    }
    const std::optional<WorkflowRole> role = roleFromCode(cmd.value(QStringLiteral("role")));
    if (!role) {
        ctx.usage(tr("unknown role '%1'; expected editor, reviewer or approver").arg(cmd.value(QStringLiteral("role"))));
        return false;
    }
    const QString name = cmd.isSet(QStringLiteral("by")) ? cmd.textValue(ctx, QStringLiteral("by"), TextSanitizer::Lines::Single)
                                                         : catalogue.actor().name;
    catalogue.setActor({name, {*role}});
    return true;
}

} // namespace mcs::cli
