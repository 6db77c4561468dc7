#include "RecentCataloguesMenu.h"

#include "storage/CatalogueLocation.h"

#include "AppSettings.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>

namespace mcs::ui {

RecentCataloguesMenu::RecentCataloguesMenu(AppSettings &settings, QWidget *parent)
    : QMenu(tr("Open &Recent"), parent)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("recentCataloguesMenu"));
    connect(&m_settings, &AppSettings::changed, this, [this](const QString &key) {
        if (key == AppSettings::keyName(AppSettings::Key::RecentCatalogues))
            rebuild();
    });
    rebuild();
}

void RecentCataloguesMenu::rebuild()
{
    // The rebuild may run inside the triggered() of one of these actions (Clear
    // List, or a choice that reorders the list): delete them once that returns.
    const QList<QAction *> old = actions();
    for (QAction *action : old) {
        removeAction(action);
        action->deleteLater();
    }

    const QStringList paths = m_settings.recentCatalogues();
    for (qsizetype i = 0; i < paths.size(); ++i) {
        const QString path = paths.at(i);
        // The number is the mnemonic; an '&' in the file name must stay literal.
        const Result<CatalogueLocation> location = CatalogueLocation::parse(path);
        QString name = location.ok() && location.value().isServer() ? location.value().displayName()
                                                                      : QFileInfo(path).fileName();
        name.replace(QLatin1Char('&'), QLatin1String("&&"));
        QAction *action = addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(name));
        action->setStatusTip(QDir::toNativeSeparators(path));
        action->setData(path);
        connect(action, &QAction::triggered, this, [this, path] { Q_EMIT catalogueChosen(path); });
    }
    if (paths.isEmpty()) {
        QAction *none = addAction(tr("No recent catalogues"));
        none->setEnabled(false);
    }
    addSeparator();
    QAction *clear = addAction(tr("Clear List"));
    clear->setObjectName(QStringLiteral("clearRecentCataloguesAction"));
    clear->setEnabled(!paths.isEmpty());
    connect(clear, &QAction::triggered, &m_settings, &AppSettings::clearRecentCatalogues);
}

} // namespace mcs::ui
