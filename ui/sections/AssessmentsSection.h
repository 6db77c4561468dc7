#pragma once

#include "DesignSection.h"

class QComboBox;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace mcs::ui {

class BilingualTextEdit;

/// The assessments, an editor for one (type, description, supervision), and the
/// alignment matrix: which assessment assesses which learning outcome.
class AssessmentsSection : public DesignSection
{
    Q_OBJECT

public:
    explicit AssessmentsSection(DesignDocument *document, QWidget *parent = nullptr);
    QString title() const override;
    QString subtitle() const override;
    bool focusField(const QString &fieldPath) override;
    void selectAssessment(int index);
    QTableWidget *matrix() const { return m_matrix; }

protected:
    void refreshOther() override;

private:
    void addAssessment();
    void removeAssessment();
    void refreshList();
    void refreshEditor();
    void refreshMatrix();
    void toggleLink(int outcome, int assessment, bool linked);

    int m_current = -1;
    QListWidget *m_list = nullptr;
    QPushButton *m_remove = nullptr;
    QWidget *m_editor = nullptr;
    QComboBox *m_type = nullptr;
    BilingualTextEdit *m_description = nullptr;
    QComboBox *m_supervision = nullptr;
    QTableWidget *m_matrix = nullptr;
    bool m_updatingMatrix = false;
};

} // namespace mcs::ui
