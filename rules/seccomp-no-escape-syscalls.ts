import { defineRule } from "../src/core/define-rule.js";
import { INPUT } from "../src/core/inputs.js";
import { allowsUnconditionally } from "../src/model/seccomp-judgments.js";

/** What each syscall Docker's default profile withholds lets a process do. */
const NAMESPACE_ESCAPE = "enter or create namespaces and mount file systems, the building blocks of container escapes";
const KERNEL_CODE = "load code into the host's kernel";
const KERNEL_SURFACE = "reach kernel interfaces that many privilege escalation exploits go through";
const KEYRINGS = "use the kernel keyrings, which containers share with the host";
const HOST_CONTROL = "act on the host itself";

const ESCAPE_SYSCALLS: Readonly<Record<string, string>> = {
  open_by_handle_at: "open any file of a mounted file system by its handle, bypassing the container's view of it",
  setns: NAMESPACE_ESCAPE,
  unshare: NAMESPACE_ESCAPE,
  mount: NAMESPACE_ESCAPE,
  umount2: NAMESPACE_ESCAPE,
  pivot_root: NAMESPACE_ESCAPE,
  bpf: KERNEL_SURFACE,
  perf_event_open: KERNEL_SURFACE,
  userfaultfd: KERNEL_SURFACE,
  io_uring_setup: KERNEL_SURFACE,
  io_uring_enter: KERNEL_SURFACE,
  io_uring_register: KERNEL_SURFACE,
  keyctl: KEYRINGS,
  add_key: KEYRINGS,
  request_key: KEYRINGS,
  kexec_load: KERNEL_CODE,
  kexec_file_load: KERNEL_CODE,
  init_module: KERNEL_CODE,
  finit_module: KERNEL_CODE,
  delete_module: "unload modules from the host's kernel",
  fanotify_init: "watch file access across the host's file systems",
  swapon: HOST_CONTROL,
  swapoff: HOST_CONTROL,
  reboot: HOST_CONTROL,
  acct: HOST_CONTROL,
  iopl: "access the host's I/O ports",
  ioperm: "access the host's I/O ports",
  lookup_dcookie: KERNEL_SURFACE,
  quotactl: HOST_CONTROL,
};

export default defineRule({
  id: "seccomp-no-escape-syscalls",
  severity: "error",
  category: "container",
  inputs: [INPUT.seccomp],
  docs: {
    description: "Disallow seccomp profiles that unconditionally allow system calls used to escape containers.",
    securitySeverity: 8.0,
  },
  messages: {
    escape:
      "This seccomp profile allows `{{syscall}}` with no condition (action `{{action}}`), which lets a compromised agent {{effect}}; Docker's default profile denies it or grants it only with a capability. Remove it from the allowed names, or restrict it with `args` or `includes.caps`.",
  },
  defaultOptions: {},
  check(context) {
    for (const profile of context.model.seccompProfiles) {
      for (const rule of profile.syscalls) {
        if (!allowsUnconditionally(rule)) continue;
        for (const { name, loc } of rule.names) {
          const effect = ESCAPE_SYSCALLS[name];
          if (effect) context.report({ messageId: "escape", loc, data: { syscall: name, action: rule.action, effect } });
        }
      }
    }
  },
});
