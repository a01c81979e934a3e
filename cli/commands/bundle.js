export default { name: 'bundle', register(program) { return program.command(this.name).description('todo').action(() => {}); } };
