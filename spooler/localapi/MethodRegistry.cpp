#include "localapi/MethodRegistry.h"

#include <algorithm>

namespace pv::localapi {

void MethodRegistry::add(const QString &name, QList<Need> needs, Method run)
{
    addSessionMethod(name, std::move(needs),
                     [run = std::move(run)](const Call &call) { run(call.params, call.reply); });
}

void MethodRegistry::addSessionMethod(const QString &name, QList<Need> needs, SessionMethod run,
                                      bool takesUpload)
{
    Q_ASSERT(!m_methods.contains(name));
    m_methods.insert(name, MethodSpec{std::move(needs), std::move(run), takesUpload});
}

void MethodRegistry::wrap(const QString &name, Wrapper wrapper)
{
    const auto it = m_methods.find(name);
    Q_ASSERT(it != m_methods.end());
    if (it == m_methods.end())
        return;
    it->run = [inner = std::move(it->run), wrapper = std::move(wrapper)](const Call &call) {
        wrapper(call, inner);
    };
}

const MethodSpec *MethodRegistry::find(const QString &name) const
{
    const auto it = m_methods.constFind(name);
    return it == m_methods.constEnd() ? nullptr : &it.value();
}

QStringList MethodRegistry::names() const
{
    QStringList out = m_methods.keys();
    std::sort(out.begin(), out.end());
    return out;
}

std::optional<Error> MethodRegistry::refusal(const MethodSpec &spec) const
{
    if (!m_gate)
        return std::nullopt;
    for (Need need : spec.needs) {
        if (auto error = m_gate(need))
            return error;
    }
    return std::nullopt;
}

} // namespace pv::localapi
