#pragma once

#include <cups/cups.h>

#include <memory>

namespace pv {

// Owning handles for libcups' connections and messages.
struct HttpCloser
{
    void operator()(http_t *h) const { httpClose(h); }
};
struct IppDeleter
{
    void operator()(ipp_t *i) const { ippDelete(i); }
};
using HttpHandle = std::unique_ptr<http_t, HttpCloser>;
using IppHandle = std::unique_ptr<ipp_t, IppDeleter>;

} // namespace pv
