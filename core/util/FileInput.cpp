#include "FileInput.h"

#include <QFile>
#include <QFileInfo>

namespace mcs {

Result<QByteArray> FileInput::read(const QString &path, qint64 maxBytes)
{
    using R = Result<QByteArray>;
    const QFileInfo info(path);
    if (!info.exists())
        return R::failure(tr("%1: no such file").arg(path));
    if (info.isDir())
        return R::failure(tr("%1: is a folder, not a file").arg(path));
    if (info.size() > maxBytes) {
        return R::failure(tr("%1: the file is %2 MiB, larger than the limit of %3 MiB")
                              .arg(path)
                              .arg(double(info.size()) / (1 << 20), 0, 'f', 1)
                              .arg(maxBytes >> 20));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return R::failure(tr("%1: cannot be read (%2)").arg(path, file.errorString()));
    // One byte past the limit, so a file that grew after the size check is still refused.
    QByteArray data = file.read(maxBytes + 1);
    if (file.error() != QFile::NoError)
        return R::failure(tr("%1: cannot be read (%2)").arg(path, file.errorString()));
    return R::success(std::move(data));
}

} // namespace mcs
