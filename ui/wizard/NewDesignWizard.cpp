#include "NewDesignWizard.h"

#include "help/HelpTargets.h"

#include "SectionWizardPage.h"
#include "document/DesignDocument.h"
#include "sections/SectionFactory.h"
#include "sections/SummarySection.h"
#include "widgets/PlainMessageBox.h"

#include <QMessageBox>

namespace mcs::ui {

NewDesignWizard::NewDesignWizard(std::shared_ptr<Catalogue> catalogue, const Microcredential &start, QWidget *parent)
    : QWizard(parent)
    , m_catalogue(catalogue)
    , m_document(new DesignDocument(start, std::move(catalogue), std::nullopt, this))
    , m_start(start)
{
    setObjectName(QStringLiteral("newDesignWizard"));
    setWindowTitle(tr("New microcredential"));
    HelpTargets::set(this, HelpTargets::wizard());
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveHelpButton, false);
    // Qt's Dutch "Vol&tooien" takes the T of "< &Terug" beside it.
    setButtonText(QWizard::FinishButton, tr("&Finish"));
    for (int i = 0; i < SectionRouter::SectionCount; ++i) {
        DesignSection *section = SectionFactory::create(SectionRouter::Section(i), m_document, this);
        std::function<bool()> required;
        if (i == SectionRouter::Basics) // a design needs at least a Dutch title to be found again
            required = [this] { return !m_document->design().title.nl.trimmed().isEmpty(); };
        auto *page = new SectionWizardPage(section, required, this);
        // Where the team is, and how far there is to go.
        page->setTitle(tr("Step %1 of %2: %3").arg(i + 1).arg(int(SectionRouter::SectionCount)).arg(section->title()));
        m_pages.append(page);
        addPage(page);
        if (required)
            connect(m_document, &DesignDocument::changed, page, &QWizardPage::completeChanged);
    }
    auto *summary = static_cast<SummarySection *>(m_pages.last()->section());
    connect(summary, &SummarySection::fieldActivated, this, [this](const QString &path) {
        // Go back to the page of the field, keeping everything typed.
        const int target = SectionRouter::sectionFor(path);
        while (currentId() > target)
            back();
        m_pages.at(target)->section()->focusField(path);
    });
    m_confirmDiscard = [this] {
        return PlainMessageBox::question(this, tr("Discard the new microcredential?"),
                                     tr("What you entered in this wizard will be lost."),
                                     QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel)
               == QMessageBox::Discard;
    };
    resize(1100, 700);
}

NewDesignWizard::~NewDesignWizard() = default;

SectionWizardPage *NewDesignWizard::sectionPage(int index) const
{
    return m_pages.value(index);
}

void NewDesignWizard::accept()
{
    if (!m_document->saveNow()) {
        PlainMessageBox::warning(this, tr("Cannot save the microcredential"), m_document->lastError());
        return;
    }
    QWizard::accept();
}

void NewDesignWizard::reject()
{
    // Only ask when something would be lost.
    Microcredential current = m_document->design();
    current.changed = m_start.changed;
    if (current != m_start && !m_confirmDiscard())
        return;
    QWizard::reject();
}

} // namespace mcs::ui
