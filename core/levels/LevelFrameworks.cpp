#include "LevelFrameworks.h"

#include "format/JsonFieldReader.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>

namespace mcs {

namespace {

Result<QJsonObject> readJsonObject(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Result<QJsonObject>::failure(
            LevelFrameworks::tr("%1: cannot be read (%2)").arg(path, file.errorString()));
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        return Result<QJsonObject>::failure(
            LevelFrameworks::tr("%1: not a valid level file (%2)").arg(path, error.errorString()));
    }
    return Result<QJsonObject>::success(document.object());
}

QList<LevelDescriptor> readLevels(JsonFieldReader &r, const QJsonObject &root, bool nlqf)
{
    QList<LevelDescriptor> levels;
    const QJsonArray list = r.array(root, QStringLiteral("levels"), QString());
    for (qsizetype i = 0; i < list.size() && !r.failed(); ++i) {
        const QString path = QStringLiteral("levels[%1]").arg(i);
        const QJsonObject o = r.element(list, i, QStringLiteral("levels"));
        LevelDescriptor level;
        level.code = r.string(o, QStringLiteral("code"), path);
        level.number = r.integer(o, QStringLiteral("number"), path, 0, 8);
        level.title = r.localized(o, QStringLiteral("title"), path);
        if (nlqf) {
            level.context = r.localized(o, QStringLiteral("context"), path);
            level.eqfLevel = r.optionalInteger(o, QStringLiteral("eqf"), path, 1, 8);
        }
        level.knowledge = r.localized(o, QStringLiteral("knowledge"), path);
        level.skills = r.localized(o, QStringLiteral("skills"), path);
        level.responsibilityAutonomy = r.localized(o, QStringLiteral("responsibilityAutonomy"), path);
        levels.append(level);
    }
    return levels;
}

QList<DutchQualification> readQualifications(JsonFieldReader &r, const QJsonObject &root)
{
    QList<DutchQualification> result;
    const QJsonArray list = r.array(root, QStringLiteral("qualifications"), QString());
    for (qsizetype i = 0; i < list.size() && !r.failed(); ++i) {
        const QString path = QStringLiteral("qualifications[%1]").arg(i);
        const QJsonObject o = r.element(list, i, QStringLiteral("qualifications"));
        DutchQualification q;
        q.id = r.string(o, QStringLiteral("id"), path);
        q.name = r.localized(o, QStringLiteral("name"), path);
        q.nlqfCode = r.string(o, QStringLiteral("nlqf"), path);
        q.eqfLevel = r.integer(o, QStringLiteral("eqf"), path, 1, 8);
        if (o.contains(QStringLiteral("qfEhea")))
            q.qfEheaCycle = r.string(o, QStringLiteral("qfEhea"), path);
        result.append(q);
    }
    return result;
}

} // namespace

const LevelFrameworks &LevelFrameworks::builtIn()
{
    static const LevelFrameworks frameworks = [] {
        Result<LevelFrameworks> loaded = fromFolder(QStringLiteral(":/mcstudio/levels"));
        // The embedded files are part of the build and covered by tests.
        Q_ASSERT_X(loaded.ok(), "LevelFrameworks", qPrintable(loaded.error()));
        return loaded.ok() ? std::move(loaded).value() : LevelFrameworks();
    }();
    return frameworks;
}

Result<LevelFrameworks> LevelFrameworks::fromFolder(const QString &folder)
{
    const QDir dir(folder);
    LevelFrameworks frameworks;
    const struct
    {
        const char *file;
        int kind; // 0 = EQF, 1 = NLQF, 2 = qualifications
    } files[] = {{"eqf.json", 0}, {"nlqf.json", 1}, {"qualifications.json", 2}};
    for (const auto &entry : files) {
        const QString path = dir.filePath(QString::fromLatin1(entry.file));
        const Result<QJsonObject> root = readJsonObject(path);
        if (!root.ok())
            return Result<LevelFrameworks>::failure(root.error());
        JsonFieldReader reader;
        if (entry.kind == 2)
            frameworks.m_qualifications = readQualifications(reader, root.value());
        else if (entry.kind == 1)
            frameworks.m_nlqf = readLevels(reader, root.value(), true);
        else
            frameworks.m_eqf = readLevels(reader, root.value(), false);
        if (reader.failed())
            return Result<LevelFrameworks>::failure(tr("%1: %2").arg(path, reader.error()));
    }
    if (frameworks.m_eqf.size() != 8) {
        return Result<LevelFrameworks>::failure(
            tr("%1: the EQF has 8 levels, the file describes %2")
                .arg(dir.filePath(QStringLiteral("eqf.json")))
                .arg(frameworks.m_eqf.size()));
    }
    for (const NlqfLevel level : EnumCodes<NlqfLevel>::allValues()) {
        if (!frameworks.nlqf(level)) {
            return Result<LevelFrameworks>::failure(
                tr("%1: NLQF level %2 is missing")
                    .arg(dir.filePath(QStringLiteral("nlqf.json")), toCode(level)));
        }
    }
    return Result<LevelFrameworks>::success(std::move(frameworks));
}

const LevelDescriptor *LevelFrameworks::eqf(int level) const
{
    for (const LevelDescriptor &descriptor : m_eqf) {
        if (descriptor.number == level)
            return &descriptor;
    }
    return nullptr;
}

const LevelDescriptor *LevelFrameworks::nlqf(NlqfLevel level) const
{
    const QString code = toCode(level);
    for (const LevelDescriptor &descriptor : m_nlqf) {
        if (descriptor.code == code)
            return &descriptor;
    }
    return nullptr;
}

std::optional<int> LevelFrameworks::eqfForNlqf(NlqfLevel level) const
{
    const LevelDescriptor *descriptor = nlqf(level);
    return descriptor ? descriptor->eqfLevel : std::nullopt;
}

} // namespace mcs
