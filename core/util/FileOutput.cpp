#include "FileOutput.h"

#include <QSaveFile>

namespace mcs {

Result<Done> FileOutput::write(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Result<Done>::failure(tr("Cannot write %1: %2").arg(path, file.errorString()));
    return Result<Done>::success({});
}

} // namespace mcs
