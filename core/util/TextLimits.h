#pragma once

#include <QtGlobal>

namespace mcs {

/// Bounds on what the program accepts from files, so that hostile or damaged input
/// gives an error instead of exhausting memory.
struct TextLimits
{
    static constexpr qsizetype MaxTextLength = 65536;    ///< characters in one text field
    static constexpr qsizetype MaxListLength = 1000;     ///< entries in one list
    static constexpr qsizetype MaxHistoryLength = 100000; ///< recorded changes of one checklist
    static constexpr qint64 MaxDesignFileBytes = 8 << 20; ///< one .mcdesign file
};

} // namespace mcs
