#pragma once

#include "model/Microcredential.h"

namespace mcs::bench {

/// Designs for benchmarks: the example design with fresh ids, a distinct title
/// and eight learning outcomes, all assessed.
class BenchDesigns
{
public:
    static Microcredential make(const Microcredential &base, int index);
};

} // namespace mcs::bench
