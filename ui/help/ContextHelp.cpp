#include "ContextHelp.h"

#include "HelpTargets.h"
#include "HelpWindow.h"

#include <QApplication>
#include <QKeyEvent>

namespace mcs::ui {

void ContextHelp::install()
{
    static ContextHelp *filter = nullptr;
    if (filter)
        return;
    filter = new ContextHelp(qApp);
    qApp->installEventFilter(filter);
}

bool ContextHelp::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QObject::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    if (!key->matches(QKeySequence::HelpContents) || key->modifiers() != Qt::NoModifier)
        return false;
    QWidget *where = QApplication::focusWidget() ? QApplication::focusWidget() : QApplication::activeWindow();
    if (where && where->window() == HelpWindow::instance())
        return false; // F1 inside the guide itself: nothing to open
    HelpWindow::showSection(HelpTargets::of(where));
    return true;
}

} // namespace mcs::ui
