#include "CliApplication.h"

#include "CatalogueCommands.h"
#include "CliContext.h"
#include "ExportCommand.h"
#include "FrameworkCommands.h"
#include "InstitutionCommands.h"
#include "GuideCommand.h"
#include "LintOutcomeCommand.h"
#include "ValidateCommand.h"
#include "WorkflowCommands.h"

#include <functional>

namespace mcs::cli {

QString CliApplication::helpText()
{
    return tr("Usage: mcstudio-cli COMMAND [OPTIONS] ARGUMENTS\n"
              "\n"
              "Microcredential Studio on the command line. A CATALOGUE is a .mcdb file or a shared\n"
              "catalogue: postgresql://user@host:port/database (password: PGPASSWORD or ~/.pgpass).\n"
              "\n"
              "Commands:\n"
              "  init CATALOGUE [--example]        Create a catalogue, optionally with the example.\n"
              "  import CATALOGUE FILE... [--replace] [--into ID] [--claim N|all]\n"
              "                                    Import designs, recognised by content: .mcdesign, edubadges,\n"
              "                                    Open Badges 3.0, ELM, or a CSV of learning outcomes (--into\n"
              "                                    adds them to a design). All files or none.\n"
              "  list CATALOGUE [--json]           List the microcredentials.\n"
              "  show CATALOGUE ID [--json]        Show one microcredential.\n"
              "  export CATALOGUE ID --format mcdesign|pdf|pdfa|odt|html|edubadges|ob3|ob3-credential|elm|elm-credential|csv\n"
              "         [--document description|checklist]\n"
              "         [--lang nl|en] [--framework ID] --output PATH\n"
              "                                    Write one microcredential (mcdesign: - for stdout).\n"
              "  export CATALOGUE --all --format FORMAT --output DIR\n"
              "                                    One file per microcredential, named from title and version.\n"
              "  export CATALOGUE --overview --format pdf|pdfa|odt|html --output PATH\n"
              "                                    The catalogue overview.\n"
              "  validate (CATALOGUE [ID] | FILE) [--framework ID | --framework-file PATH] [--json]\n"
              "                                    Check designs and print every finding. Frameworks:\n"
              "                                    mbo-2024, hbo-wo, eu-2022 (default: the design's own).\n"
              "  lint-outcome [--lang nl|en] [--level N] [--json] TEXT\n"
              "                                    Check how one learning outcome is written.\n"
              "  status CATALOGUE ID STATUS [--role editor|reviewer|approver] [--comment TEXT] [--by NAME]\n"
              "                                    Take a step in the approval workflow: inReview, reviewed,\n"
              "                                    approvedByExamCommittee, approved, published, archived, draft.\n"
              "  new-version CATALOGUE ID          Continue an approved design as a new draft version.\n"
              "  history CATALOGUE ID [--json]     Every kept version and every workflow step.\n"
              "  diff CATALOGUE ID V1 V2 [--json]  Compare two versions field by field.\n"
              "  transfer SOURCE TARGET ID [--by NAME]\n"
              "                                    Move a design with its status and history into another\n"
              "                                    catalogue (approvers only).\n"
              "  frameworks list CATALOGUE [--json]\n"
              "                                    The quality frameworks: the catalogue's own and the shipped ones.\n"
              "  frameworks add CATALOGUE FILE [--role approver] [--by NAME] [--json]\n"
              "                                    Load a framework file into the catalogue (or replace the one with\n"
              "                                    its id); a file with errors is refused with them (approvers only).\n"
              "  frameworks remove CATALOGUE ID [--role approver] [--by NAME]\n"
              "                                    Delete a framework no design uses; one in use is withdrawn.\n"
              "  institution list CATALOGUE [--json]\n"
              "  institution show CATALOGUE ID [--json]\n"
              "                                    An institution and its evidence for the criteria about it.\n"
              "  institution set CATALOGUE ID [--name N] [--scheme brin|other] [--country CC] [--region R]\n"
              "         [--criterion ID --evidence TEXT [--link URL]... [--valid-until DATE|none]]\n"
              "         [--default] [--role approver] [--by NAME]\n"
              "                                    Add or change an institution, make it the catalogue's default for\n"
              "                                    new designs, or record its evidence for one criterion (approvers\n"
              "                                    only; an empty text removes it).\n"
              "  guide [--lang nl|en] [--format pdf|pdfa|html|odt] --output PATH\n"
              "                                    The user guide as one document, with contents and screenshots.\n"
              "\n"
              "Options:\n"
              "  -h, --help                        Show this help.\n"
              "  -v, --version                     Show the version.\n"
              "\n"
              "Exit status: 0 success, 1 validation found errors (lint-outcome: warnings), 2 usage error\n"
              "or unreadable input, 3 refused by the workflow or a conflict with someone else's change.\n");
}

int CliApplication::run(const QStringList &arguments)
{
    CliContext ctx;
    const QString command = arguments.value(1);
    if (command.isEmpty())
        return ctx.usage(tr("no command given"));
    if (command == QLatin1String("--help") || command == QLatin1String("-h")
        || command == QLatin1String("help")) {
        ctx.out() << helpText();
        ctx.out().flush();
        return Success;
    }
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        ctx.out() << "mcstudio-cli " << QStringLiteral(MCSTUDIO_VERSION) << Qt::endl;
        return Success;
    }

    using Handler = std::function<int(CliContext &, const QStringList &)>;
    const QList<QPair<QString, Handler>> commands{
        {QStringLiteral("init"), &CatalogueCommands::init},
        {QStringLiteral("import"), &CatalogueCommands::importFiles},
        {QStringLiteral("list"), &CatalogueCommands::list},
        {QStringLiteral("show"), &CatalogueCommands::show},
        {QStringLiteral("export"), &ExportCommand::run},
        {QStringLiteral("validate"), &ValidateCommand::run},
        {QStringLiteral("lint-outcome"), &LintOutcomeCommand::run},
        {QStringLiteral("guide"), &GuideCommand::run},
        {QStringLiteral("status"), &WorkflowCommands::status},
        {QStringLiteral("new-version"), &WorkflowCommands::newVersion},
        {QStringLiteral("transfer"), &WorkflowCommands::transfer},
        {QStringLiteral("history"), &WorkflowCommands::history},
        {QStringLiteral("diff"), &WorkflowCommands::diff},
        {QStringLiteral("frameworks"), &FrameworkCommands::run},
        {QStringLiteral("institution"), &InstitutionCommands::run},
    };
    for (const auto &entry : commands) {
        if (entry.first == command)
            return entry.second(ctx, arguments.mid(2));
    }
    return ctx.usage(tr("unknown command '%1'").arg(command));
}

} // namespace mcs::cli
