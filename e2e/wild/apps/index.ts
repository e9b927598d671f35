// The apps of the wild suite, in the order they run.
import type { WildApp } from "../types";
import { aceEditor } from "./ace";
import { bootstrapGallery } from "./bootstrap";
import { chartjsDashboard } from "./chartjs";
import { flatpickrPickers } from "./flatpickr";
import { jqueryUiWidgets } from "./jquery-ui";
import { leafletMap } from "./leaflet";
import { pdfViewer } from "./pdfjs";
import { plyrPlayer } from "./plyr";
import { quillEditor } from "./quill";
import { revealDeck } from "./reveal";
import { swiperCarousel } from "./swiper";
import { threeScene } from "./three";
import { tomSelectControls } from "./tom-select";

export const WILD_APPS: WildApp[] = [
  revealDeck,
  leafletMap,
  bootstrapGallery,
  quillEditor,
  aceEditor,
  flatpickrPickers,
  chartjsDashboard,
  threeScene,
  pdfViewer,
  swiperCarousel,
  plyrPlayer,
  jqueryUiWidgets,
  tomSelectControls,
];
