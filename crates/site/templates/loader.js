const nextTask = () => new Promise((go) => setTimeout(go));
if (document.visibilityState === 'visible') await new Promise((paint) => { requestAnimationFrame(() => setTimeout(paint)); setTimeout(paint, 1000); });
for (const href of [{{dataset}}, {{names}}]) document.head.append(Object.assign(document.createElement('link'),
  { rel: 'preload', href, as: 'fetch', type: 'application/json', crossOrigin: 'anonymous' }));
const module = await WebAssembly.compileStreaming(fetch({{wasm}}, { integrity: {{integrity}} }));
await nextTask();
const wasm = await init({ module_or_path: module });
