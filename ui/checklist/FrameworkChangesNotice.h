#pragma once

#include "frameworks/QualityFramework.h"
#include "model/Checklist.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace mcs::ui {

/// A clearly visible notice, above the checklist, of what changed in a quality
/// framework since the design's checklist was worked on; hidden when nothing did.
class FrameworkChangesNotice : public QFrame
{
    Q_OBJECT

public:
    explicit FrameworkChangesNotice(QWidget *parent = nullptr);

    /// `checklist` may be null (nobody worked on it yet: nothing can have changed).
    void showChanges(const Checklist *checklist, const QualityFramework &framework);
    QString text() const;

Q_SIGNALS:
    /// The team has looked at the changes and moves the checklist to the version shown.
    void moveRequested();

private:
    QPushButton *m_move = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_label = nullptr;
};

} // namespace mcs::ui
