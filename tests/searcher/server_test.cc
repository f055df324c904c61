// The HTTP API over loopback, on an ephemeral port.
#include "searcher/server.h"

#include <unistd.h>

#include <filesystem>
#include <sstream>
#include <thread>

#include <gtest/gtest.h>
#include <httplib.h>
#include <nlohmann/json.hpp>

#include "indexer/indexer.h"

namespace fs = std::filesystem;

namespace {

class ServerTest : public testing::Test {
 protected:
  static void SetUpTestSuite() {
    const std::string db = (fs::path(testing::TempDir()) / ("referat_server_" + std::to_string(::getpid()))).string();
    fs::remove_all(db);
    {
      indexer::Indexer idx({db, 2, indexer::Rebuild::no});
      std::ostringstream errors;
      idx.index({REFERAT_SAMPLE_DIR}, errors);
    }
    server_ = new searcher::Server({{db}, "127.0.0.1", 0});
    thread_ = new std::thread([] { server_->run(); });
    client_ = new httplib::Client("127.0.0.1", server_->port());
    client_->set_read_timeout(10, 0);
  }
  static void TearDownTestSuite() {
    server_->stop();
    thread_->join();
    delete client_;
    delete thread_;
    delete server_;
  }

  static std::pair<int, nlohmann::json> get(const std::string& path) {
    auto res = client_->Get(path.c_str());
    if (!res) return {0, nullptr};
    return {res->status, nlohmann::json::parse(res->body, nullptr, false)};
  }

  static inline searcher::Server* server_ = nullptr;
  static inline std::thread* thread_ = nullptr;
  static inline httplib::Client* client_ = nullptr;
};

TEST_F(ServerTest, SearchReturnsContractJson) {
  auto [status, j] = get("/api/search?q=klyngemidler&limit=3");
  ASSERT_EQ(status, 200);
  for (const char* key : {"query", "corrected_query", "total", "offset", "hits", "facets"})
    EXPECT_TRUE(j.contains(key)) << key;
  EXPECT_EQ(j["hits"].size(), 3u);
  EXPECT_EQ(j["query"], "klyngemidler");
}

TEST_F(ServerTest, FiltersAsQueryParameters) {
  auto [status, j] = get("/api/search?q=ledelsesprogram&cluster=Fyn&limit=50");
  ASSERT_EQ(status, 200);
  ASSERT_FALSE(j["hits"].empty());
  for (const auto& h : j["hits"]) EXPECT_EQ(h["meeting"]["cluster"], "Fyn");
  auto [s2, both] = get("/api/search?cluster=Fyn&cluster=Syd&limit=0");
  EXPECT_EQ(both["facets"]["cluster"].size(), 2u);
}

TEST_F(ServerTest, CompareAttendanceAndItem) {
  auto [s1, c] = get("/api/compare?q=klyngemidler&by=cluster");
  ASSERT_EQ(s1, 200);
  EXPECT_EQ(c["by"], "cluster");
  EXPECT_FALSE(c["groups"].empty());
  auto [s2, a] = get("/api/attendance?name=Jan%20Mains");
  ASSERT_EQ(s2, 200);
  EXPECT_EQ(a["person"]["name"], "Jan Mainz");
  auto [s3, amb] = get("/api/attendance?name=Madsen");
  EXPECT_EQ(s3, 409);
  EXPECT_EQ(amb["candidates"].size(), 2u);
  auto [s4, search] = get("/api/search?q=%22status+for+klyngemidlerne%22");
  const std::string id = search["hits"][0]["id"];
  auto [s5, item] = get("/api/item/" + id);
  ASSERT_EQ(s5, 200);
  EXPECT_EQ(item["item"]["title"], "Status for klyngemidlerne");
}

struct BadRequestCase {
  const char* path;
  int status;
};

TEST_F(ServerTest, MalformedRequestsGet4xxJsonErrors) {
  const std::string long_q(1200, 'a');
  const BadRequestCase cases[] = {
      {"/api/search?q=x&from=2024-13-01", 400},
      {"/api/search?q=x&sort=sideways", 400},
      {"/api/search?q=x&limit=abc", 400},
      {"/api/search?q=x&limit=100000", 400},
      {"/api/search?q=x&offset=-1", 400},
      {"/api/compare?q=x&by=colour", 400},
      {"/api/attendance", 400},
      {"/api/attendance?name=Ingen%20S%C3%A5dan", 404},
      {"/api/item/ffffffffffff-99", 404},
      {"/api/item/..%2F..%2Fetc%2Fpasswd", 404},
      {"/api/nothing", 404},
  };
  for (const auto& c : cases) {
    auto [status, j] = get(c.path);
    EXPECT_EQ(status, c.status) << c.path;
    EXPECT_TRUE(j.is_object() && j.contains("error")) << c.path;
  }
  auto [status, j] = get("/api/search?q=" + long_q);
  EXPECT_EQ(status, 400);
  // Invalid UTF-8 and markup in the query come back as data.
  auto [s2, j2] = get("/api/search?q=%FF%FE%3Cscript%3Ealert(1)%3C/script%3E");
  EXPECT_EQ(s2, 200);
  EXPECT_TRUE(j2.is_object());
}

TEST_F(ServerTest, PageAndAssetsAreServedFromTheBinary) {
  auto res = client_->Get("/");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200);
  EXPECT_NE(res->body.find("Referatsøgning"), std::string::npos);
  EXPECT_NE(res->get_header_value("Content-Security-Policy").find("default-src 'self'"), std::string::npos);
  for (const char* path : {"/app.js", "/style.css"}) {
    auto r = client_->Get(path);
    ASSERT_TRUE(r) << path;
    EXPECT_EQ(r->status, 200) << path;
  }
  auto missing = client_->Get("/etc/passwd");
  ASSERT_TRUE(missing);
  EXPECT_EQ(missing->status, 404);
}

TEST_F(ServerTest, ConcurrentRequestsAllSucceed) {
  std::vector<std::thread> threads;
  std::atomic<int> ok{0};
  for (int t = 0; t < 6; ++t) {
    threads.emplace_back([&, t] {
      httplib::Client c("127.0.0.1", server_->port());
      for (int i = 0; i < 20; ++i) {
        auto r = c.Get(t % 2 ? "/api/search?q=sundhedsaftale" : "/api/compare?q=klyngemidler");
        if (r && r->status == 200) ++ok;
      }
    });
  }
  for (auto& th : threads) th.join();
  EXPECT_EQ(ok.load(), 120);
}

}  // namespace
