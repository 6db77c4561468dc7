#include "ConflictDialog.h"

#include "help/HelpTargets.h"

#include "DisplayNames.h"
#include "VersionComparisonView.h"
#include "document/KeepMine.h"
#include "workflow/DesignComparison.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace mcs::ui {

ConflictDialog::ConflictDialog(const Microcredential &theirs, const Microcredential &mine, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("conflictDialog"));
    setWindowTitle(tr("Changed by Someone Else"));
    HelpTargets::set(this, HelpTargets::conflictDialog());
    auto *layout = new QVBoxLayout(this);
    auto *explanation = new QLabel(tr("Someone else saved “%1” while you were editing it. Your changes have not been "
                                      "saved and nothing of theirs was overwritten. These fields differ:")
                                       .arg(mine.title.preferred(DisplayNames::language())),
                                   this);
    explanation->setTextFormat(Qt::PlainText); // user text is never interpreted as markup
    explanation->setWordWrap(true);
    layout->addWidget(explanation);
    const KeepMine::Outcome keepMine = KeepMine::after(theirs, mine);
    const bool approvedMeanwhile = keepMine == KeepMine::Outcome::NextVersion;
    const bool frozenMeanwhile = keepMine != KeepMine::Outcome::SaveOver;
    if (frozenMeanwhile) {
        auto *note = new QLabel(approvedMeanwhile
                                    ? tr("Their version is %1 and stays exactly as approved. Keep Mine saves your changes "
                                         "as its next version, a draft.")
                                          .arg(DisplayNames::status(theirs.status).toLower())
                                    : tr("It was archived in the meantime, and an archived design is not changed. "
                                         "Close this and use File > Save a Copy to keep your changes in a file."),
                                this);
        note->setObjectName(QStringLiteral("approvedMeanwhileLabel"));
        note->setWordWrap(true);
        layout->addWidget(note);
    }
    m_comparison = new VersionComparisonView(this);
    m_comparison->setHeaders(tr("Saved by someone else"), tr("Yours"));
    m_comparison->showDifferences(DesignComparison::compare(theirs, mine));
    layout->addWidget(m_comparison);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *keep = buttons->addButton(tr("&Keep Mine"), QDialogButtonBox::AcceptRole);
    keep->setToolTip(approvedMeanwhile ? tr("Save your changes as the next version of the approved one.")
                                       : tr("Save your version over theirs: their changes in the fields above are replaced."));
    keep->setEnabled(keepMine != KeepMine::Outcome::Refused);
    QPushButton *reload = buttons->addButton(tr("&Reload Theirs"), QDialogButtonBox::DestructiveRole);
    reload->setToolTip(tr("Discard your unsaved changes and continue from their version."));
    QPushButton *later = buttons->addButton(tr("Decide &Later"), QDialogButtonBox::RejectRole);
    // Enter must never overwrite someone's work: the safe choice is the default.
    keep->setAutoDefault(false);
    reload->setAutoDefault(false);
    later->setDefault(true);
    connect(keep, &QPushButton::clicked, this, [this] {
        m_choice = Choice::KeepMine;
        accept();
    });
    connect(reload, &QPushButton::clicked, this, [this] {
        m_choice = Choice::ReloadTheirs;
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(860, 480);
}

} // namespace mcs::ui
