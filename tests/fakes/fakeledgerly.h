#pragma once

#include "fakeservice.h"

namespace Orion::Fakes {

// "Ledgerly", a made-up REST API in the shapes custom connectors meet, to test the declarative engine:
// the same customers served under every pagination style —
//   /offset/customers?offset&limit, /pages/customers?page&per_page (1-based),
//   /cursor/customers?cursor (next cursor in meta.next_cursor and in the X-Next-Cursor header),
//   /next/customers (links.next holds the whole next URL), /link/customers (RFC 8288 Link header) —
// each answering {"data": [...]}, filtered by updated_since; /customers/{id}/invoices for partitions.
// Authentication is one of none, an X-API-Key header, an api_key query item, a bearer token or basic.
class FakeLedgerly : public FakeService
{
public:
    enum class Auth { None, HeaderKey, QueryKey, Bearer, Basic };
    static constexpr const char *kKey = "ldg_live_4f9a8b7c6d5e";

    FakeLedgerly();
    void setAuth(Auth auth);
    void setCustomerCount(int count);
    void setUpdatedBase(const QDateTime &t); // customer i was updated at base + i minutes
    QJsonObject customer(int index) const;

protected:
    FakeResponse handle(const RecordedRequest &request) override;

private:
    QJsonArray customersSince(const QString &since) const;
    Auth m_auth = Auth::HeaderKey;
    int m_count = 0;
    QDateTime m_base;
};

} // namespace Orion::Fakes
