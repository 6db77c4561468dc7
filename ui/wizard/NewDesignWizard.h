#pragma once

#include "storage/Catalogue.h"

#include <QWizard>

#include <functional>
#include <memory>

namespace mcs::ui {

class DesignDocument;
class SectionWizardPage;

/// Guides a team from an idea to a complete microcredential, section by section:
/// basics, target group and admission, level and size, learning outcomes,
/// assessments, quality, and a summary with every finding. Back and Next keep
/// what was typed; Finish saves the design to the catalogue; Cancel asks first
/// when something would be lost.
class NewDesignWizard : public QWizard
{
    Q_OBJECT

public:
    NewDesignWizard(std::shared_ptr<Catalogue> catalogue, const Microcredential &start, QWidget *parent = nullptr);
    ~NewDesignWizard() override;

    DesignDocument *document() const { return m_document; }
    SectionWizardPage *sectionPage(int index) const;
    /// Asked before discarding typed work; tests answer it in advance.
    void setDiscardConfirmation(std::function<bool()> confirm) { m_confirmDiscard = std::move(confirm); }

    void accept() override;
    void reject() override;

private:
    std::shared_ptr<Catalogue> m_catalogue;
    DesignDocument *m_document;
    Microcredential m_start;
    QList<SectionWizardPage *> m_pages;
    std::function<bool()> m_confirmDiscard;
};

} // namespace mcs::ui
