// The webview side of the host bridge, typed with our message protocol.
declare function acquireVsCodeApi(): {
  postMessage(message: unknown): void;
  getState(): unknown;
  setState(state: unknown): void;
};

export interface HostBridge<ToHost, State> {
  post(message: ToHost): void;
  getState(): State | undefined;
  setState(state: State): void;
}

export function hostBridge<ToHost, State>(): HostBridge<ToHost, State> {
  const api = acquireVsCodeApi();
  return {
    post: (message) => api.postMessage(message),
    getState: () => (api.getState() ?? undefined) as State | undefined,
    setState: (state) => api.setState(state),
  };
}
