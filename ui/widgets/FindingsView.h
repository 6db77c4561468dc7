#pragma once

#include "validation/Diagnostic.h"

#include <QTreeWidget>

namespace mcs::ui {

/// A list of findings (errors, warnings, advice) with their severity; activating
/// one (double-click or Enter) asks to open the field it concerns.
class FindingsView : public QTreeWidget
{
    Q_OBJECT

public:
    explicit FindingsView(QWidget *parent = nullptr);

    void setDiagnostics(const QList<Diagnostic> &diagnostics);
    /// What to show when there are no findings.
    void setEmptyText(const QString &text) { m_emptyText = text; }

Q_SIGNALS:
    void fieldActivated(const QString &fieldPath);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    QString m_emptyText;
};

} // namespace mcs::ui
