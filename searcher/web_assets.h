// The web page's files, built into the binary from searcher/web/.
#pragma once

#include <string_view>
#include <vector>

namespace searcher {

struct WebAsset {
  const char* path;          // URL path, e.g. "/app.js"
  const char* content_type;
  std::string_view content;
};

// Every asset; "/" is the page itself.
const std::vector<WebAsset>& web_assets();

}  // namespace searcher
