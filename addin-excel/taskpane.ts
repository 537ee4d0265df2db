/** Excel task pane (shared runtime): the shared sidebar UI over Office.js. */
import { mountSidebar } from '../sidebar/sidebar';
import { buatBridgeExcel } from './bridge-excel';

Office.onReady(() => {
  const root = document.getElementById('kinerja-root');
  if (root) mountSidebar(root, buatBridgeExcel());
});
