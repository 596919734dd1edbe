#pragma once

namespace cc {

class MainWindow;
class MapLinks;

// The care views of Model 2 part 2 in the main window: telemedicine links on
// the map (MapLinks, the map's link tool) and their table in a dock (View and
// Map menus), both following the scenario shown and the map's month.
//
// For screenshots and demonstrations, COUNTYCARE_VIEW at start opens one view:
// "care" (the care chart in front), "referrals" (the map's referral flows) or
// "links" (the links table floating beside the map, the reform's links drawn).
MapLinks *installCareViews(MainWindow *window);

} // namespace cc
