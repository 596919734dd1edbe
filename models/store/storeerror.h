#pragma once

#include "models/store/projectstore.h"

namespace cc::store {

// Thrown inside the store only (reader and writer) and caught at the public
// functions, so deep helpers can stop a load without threading errors through
// every call. Never crosses the store's API.
struct StoreError {
    LoadStatus status;
    QString reason; // translated, without the file name
};

[[noreturn]] inline void fail(LoadStatus status, const QString &reason)
{
    throw StoreError{status, reason};
}

} // namespace cc::store
