#pragma once

#include "model/Microcredential.h"

#include <QTextBrowser>

namespace mcs::ui {

/// A read-only overview of the selected microcredential. User text is always
/// HTML-escaped and the view never loads external resources.
class DesignSummaryView : public QTextBrowser
{
    Q_OBJECT

public:
    explicit DesignSummaryView(QWidget *parent = nullptr);

    void showDesign(const Microcredential &mc, const QString &language);
    void showMessage(const QString &message);

protected:
    QVariant loadResource(int type, const QUrl &name) override;
};

} // namespace mcs::ui
