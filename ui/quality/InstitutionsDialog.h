#pragma once

#include "model/InstitutionEvidence.h"

#include <QDialog>

#include <memory>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace mcs {
class Catalogue;
struct QualityFramework;
}

namespace mcs::ui {

/// The institutions of the catalogue and the evidence each keeps once for the
/// criteria that concern the institution rather than one design. Every design
/// of the institution inherits it. Approvers record it, with a date until
/// which it holds; past that date it needs review.
class InstitutionsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit InstitutionsDialog(std::shared_ptr<Catalogue> catalogue, QWidget *parent = nullptr);

private:
    void fillInstitutions();
    void fillCriteria();
    void showCriterion();
    void record();
    void chooseDefault(bool isDefault);
    QString institutionId() const;
    const QualityFramework *framework() const;
    QString criterionId() const;

    std::shared_ptr<Catalogue> m_catalogue;
    QList<InstitutionEvidence> m_evidence;
    bool m_mayChange = false;
    QComboBox *m_institutions = nullptr;
    QComboBox *m_frameworks = nullptr;
    QCheckBox *m_default = nullptr;
    QTreeWidget *m_criteria = nullptr;
    QLabel *m_criterionTitle = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QPlainTextEdit *m_links = nullptr;
    QCheckBox *m_hasEnd = nullptr;
    QDateEdit *m_validUntil = nullptr;
    QLabel *m_recorded = nullptr;
    QPushButton *m_record = nullptr;
};

} // namespace mcs::ui
