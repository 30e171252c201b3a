import "./quick_entry";
