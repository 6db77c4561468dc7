#pragma once

#include "DesignSection.h"

class QLabel;
class QProgressBar;

namespace mcs::ui {

class FindingsView;

/// How complete the design is and everything the checks found; activating a
/// finding asks to open its field.
class SummarySection : public DesignSection
{
    Q_OBJECT

public:
    explicit SummarySection(DesignDocument *document, QWidget *parent = nullptr);
    QString title() const override;
    QString subtitle() const override;
    FindingsView *findings() const { return m_findings; }

Q_SIGNALS:
    void fieldActivated(const QString &fieldPath);

protected:
    void refreshOther() override;

private:
    QProgressBar *m_completion = nullptr;
    QLabel *m_missing = nullptr;
    FindingsView *m_findings = nullptr;
};

} // namespace mcs::ui
