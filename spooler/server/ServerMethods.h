#pragma once

#include "localapi/MethodRegistry.h"

#include <functional>

namespace pv::server {

class ServerService;

// server.status, server.login, server.logout, and the server's part of jobs.list, jobs.release
// and jobs.delete (docs/local-api.md). `service` is null while the vault is locked. Called after
// the core and release methods are added: it wraps them.
void addServerMethods(localapi::MethodRegistry &methods, std::function<ServerService *()> service);

} // namespace pv::server
