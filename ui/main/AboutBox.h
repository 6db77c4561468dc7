#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace mcs::ui {

/// Help > About: version, build, Qt versions, licence, and the homepage when
/// the build has a real one (MCSTUDIO_HOMEPAGE_URL).
class AboutBox
{
    Q_DECLARE_TR_FUNCTIONS(mcs::ui::AboutBox)

public:
    static QString text(const QString &homepage = QStringLiteral(MCSTUDIO_HOMEPAGE_URL));
    static void show(QWidget *parent);
};

} // namespace mcs::ui
