#pragma once

#include "settings/AppSettings.h"

#include <QTemporaryDir>

namespace mcs::test {

/// Settings in a file of their own, gone after the test: the program's windows
/// always have settings, and a test never reads or changes the user's.
class ScratchSettings
{
public:
    ScratchSettings() : m_settings(m_dir.filePath(QStringLiteral("settings.ini"))) {}
    operator ui::AppSettings &() { return m_settings; }
    ui::AppSettings &get() { return m_settings; }

private:
    QTemporaryDir m_dir;
    ui::AppSettings m_settings;
};

} // namespace mcs::test
