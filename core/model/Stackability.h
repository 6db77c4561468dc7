#pragma once

#include "LocalizedText.h"
#include "ModelEnums.h"

#include <optional>

namespace mcs {

/// Whether the microcredential stands alone or stacks towards a named credential.
struct Stackability
{
    std::optional<StackabilityKind> kind;
    LocalizedText towards;

    friend bool operator==(const Stackability &a, const Stackability &b)
    {
        return a.kind == b.kind && a.towards == b.towards;
    }
};

} // namespace mcs
