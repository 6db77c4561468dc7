#pragma once

#include "frameworks/QualityFramework.h"
#include "model/Checklist.h"

#include <QWidget>
#include <functional>

class QLabel;
class QPushButton;

namespace mcs::ui {

class DesignDocument;

/// Who signed off the checklist review and when, and the button to sign it off:
/// after a confirmation, recorded through the document under the reviewer's name.
class ReviewSignOffBar : public QWidget
{
    Q_OBJECT

public:
    /// Asks whether to go ahead with `question`; true to go ahead.
    using Confirmation = std::function<bool(const QString &question)>;

    ReviewSignOffBar(DesignDocument *document, QString reviewerName, QWidget *parent = nullptr);

    /// Replaces the question asked before a sign-off (a message box by default).
    void setConfirmation(Confirmation confirm);
    /// The checklist (null while nobody worked on it) for `framework`.
    void showChecklist(const Checklist *checklist, const QualityFramework &framework, int openCount,
                       const QString &language);

public Q_SLOTS:
    void signOff();

Q_SIGNALS:
    void signedOff(const QString &frameworkId);

private:
    DesignDocument *m_document;
    QString m_reviewerName;
    Confirmation m_confirm;
    QualityFramework m_framework;
    int m_openCount = 0;
    QString m_language;
    QLabel *m_label = nullptr;
    QPushButton *m_button = nullptr;
};

} // namespace mcs::ui
